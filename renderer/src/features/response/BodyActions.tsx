/** Copy and save for the body: both wait until a streamed body has arrived whole in the renderer. */
import { useState } from 'react';
import type { ResponseMeta } from '../../../../shared/http/response';
import type { ResponseBodyState } from './useResponseBody';

function fileNameFor(response: ResponseMeta): string {
  const last = new URL(response.url).pathname.split('/').filter(Boolean).pop() ?? 'response';
  const type = response.body.contentType;
  const extension = /json/i.test(type) ? '.json' : /xml/i.test(type) ? '.xml' : /html/i.test(type) ? '.html' : /text/i.test(type) ? '.txt' : '';
  return last.includes('.') ? last : `${last}${extension}`;
}

export function BodyActions({ response, body }: { readonly response: ResponseMeta; readonly body: ResponseBodyState }) {
  const [copied, setCopied] = useState(false);
  const ready = body.complete && response.body.isText;

  const copy = async () => {
    await navigator.clipboard.writeText(body.text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const save = () => {
    const blob = new Blob([body.text], { type: response.body.contentType || 'text/plain' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFor(response);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <span className="inspector-actions">
      <button type="button" onClick={() => void copy()} disabled={!ready} title={ready ? 'Copy the body' : 'Available once the body has loaded'}>
        {copied ? 'Copied' : 'Copy'}
      </button>
      <button type="button" onClick={save} disabled={!ready} title={ready ? 'Save the body to a file' : 'Available once the body has loaded'}>
        Save body
      </button>
    </span>
  );
}
