/**
 * Copy and save for the body. Copy waits until a streamed text body has arrived whole in the renderer;
 * a body too large to hold there is copied by main (`response.body.copy`).
 * Save body as… asks main (`response.body.save`): main shows the save dialog and copies the stored bytes —
 * text or binary, of any size — to the file; the window gets only the file's name.
 */
import { useState } from 'react';
import type { ResponseMeta } from '../../../../shared/http/response';
import { MAX_BODY_SLICE_BYTES } from '../../../../shared/http/body-slice';
import { invoke } from '../../ipc/client';
import type { ResponseBodyState } from './useResponseBody';
import { errorMessage } from '../../../../shared/values';

const EXTENSIONS: readonly (readonly [RegExp, string])[] = [
  [/json/i, '.json'],
  [/xml/i, '.xml'],
  [/html/i, '.html'],
  [/text/i, '.txt'],
  [/image\/png/i, '.png'],
  [/image\/jpe?g/i, '.jpg'],
  [/image\/gif/i, '.gif'],
  [/application\/pdf/i, '.pdf'],
  [/zip/i, '.zip'],
  [/octet-stream/i, '.bin'],
];

function fileNameFor(response: ResponseMeta): string {
  const last = new URL(response.url).pathname.split('/').filter(Boolean).pop() ?? 'response';
  const type = response.body.contentType;
  const extension = EXTENSIONS.find(([pattern]) => pattern.test(type))?.[1] ?? '';
  return last.includes('.') ? last : `${last}${extension}`;
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The stored body, byte for byte, as a Blob. Each range becomes its own Blob so Chromium may page it out. */
export async function readBodyBlob(
  response: ResponseMeta,
  onProgress: (loaded: number, total: number) => void,
): Promise<Blob> {
  const type = response.body.contentType || 'application/octet-stream';
  if (response.body.size === 0) return new Blob([], { type });
  const parts: Blob[] = [];
  let offset = 0;
  for (;;) {
    const range = await invoke('response.body.bytes', {
      responseId: response.id,
      offset,
      length: MAX_BODY_SLICE_BYTES,
    });
    parts.push(new Blob([decodeBase64(range.base64)]));
    offset = range.nextOffset;
    onProgress(offset, range.totalBytes);
    if (range.eof) return new Blob(parts, { type });
  }
}

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

export function BodyActions({ response, body }: { readonly response: ResponseMeta; readonly body: ResponseBodyState }) {
  const [copied, setCopied] = useState(false);
  const [copyFailure, setCopyFailure] = useState<{ readonly id: string; readonly message: string } | null>(null);
  const [save, setSave] = useState<SaveState & { readonly id?: string }>({ kind: 'idle' });
  const copyReady = (body.complete || body.windowed) && response.body.isText;
  const [copying, setCopying] = useState<string | null>(null);
  // A save belongs to the response it was started for.
  const saving = save.kind === 'saving' && save.id === response.id;
  const failure = save.kind === 'failed' && save.id === response.id ? save.message : null;
  const savedAs = save.kind === 'saved' && save.id === response.id ? save.fileName : null;

  const copy = async () => {
    setCopyFailure(null);
    try {
      if (body.windowed) {
        // Too large for the window to hold: main reads the stored body and writes the clipboard itself.
        setCopying(response.id);
        await invoke('response.body.copy', { responseId: response.id });
      } else await navigator.clipboard.writeText(body.text);
    } catch (error) {
      const reason = errorMessage(error).replace(/\.$/, '');
      setCopyFailure({
        id: response.id,
        message: `Could not copy the body: ${reason}. Select the text and press Ctrl+C (⌘C) instead.`,
      });
      return;
    } finally {
      setCopying(null);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const saveBody = async () => {
    const target = response;
    setSave({ kind: 'saving', id: target.id });
    try {
      const { fileName } = await invoke('response.body.save', {
        responseId: target.id,
        suggestedName: fileNameFor(target),
      });
      setSave(fileName ? { kind: 'saved', fileName, id: target.id } : { kind: 'idle' });
    } catch (error) {
      const message = errorMessage(error);
      setSave({ kind: 'failed', message: `Could not save the body: ${message}`, id: target.id });
    }
  };

  return (
    <>
      <span className="inspector-actions">
        <button
          type="button"
          onClick={() => void copy()}
          disabled={!copyReady || copying === response.id}
          aria-busy={copying === response.id}
          title={
            copyReady
              ? 'Copy the body'
              : response.body.isText
                ? 'Available once the body has loaded'
                : 'A binary body cannot be copied as text'
          }
        >
          {copying === response.id ? 'Copying…' : copied ? 'Copied' : 'Copy'}
        </button>
        <button
          type="button"
          onClick={() => void saveBody()}
          disabled={saving}
          aria-busy={saving}
          title="Save the body to a file, byte for byte"
        >
          {saving ? 'Saving…' : 'Save body as…'}
        </button>
        {savedAs ? (
          <span className="muted" role="status">
            Saved as {savedAs}
          </span>
        ) : null}
      </span>
      {failure ? (
        <p role="alert" className="inspector-error-text inspector-save-error">
          {failure}
        </p>
      ) : null}
      {copyFailure?.id === response.id ? (
        <p role="alert" className="inspector-error-text inspector-save-error">
          {copyFailure.message}
        </p>
      ) : null}
    </>
  );
}
