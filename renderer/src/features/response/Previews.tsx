/**
 * The Preview tab: HTML rendered in a sandboxed frame (no scripts, no same-origin, and a CSP that lets it
 * fetch nothing), and image bodies as images. Neither can reach the network or the app.
 */
import { useEffect, useState } from 'react';
import type { ResponseMeta } from '../../../../shared/http/response';
import { errorMessage } from '../../../../shared/values';
import { readBodyBlob } from './BodyActions';

/** Placed first, it lands in the document's head: nothing in the page may load anything from anywhere. */
const lockedDown =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">';

/** Images above this are not decoded for a preview (Save body keeps them). */
const IMAGE_PREVIEW_LIMIT = 32 * 1024 * 1024;

export function previewKindOf(response: ResponseMeta, kind: string): 'html' | 'image' | null {
  if (kind === 'html' && response.body.isText) return 'html';
  if (/^image\//i.test(response.body.contentType)) return 'image';
  return null;
}

export function HtmlPreview({ html }: { readonly html: string }) {
  return (
    <div className="inspector-body inspector-preview">
      <p className="muted inspector-preview-note">
        Rendered without scripts, forms or network: images and styles from elsewhere do not load.
      </p>
      <iframe title="HTML preview" sandbox="" srcDoc={lockedDown + html} className="inspector-preview-frame" />
    </div>
  );
}

export function ImagePreview({ response }: { readonly response: ResponseMeta }) {
  const [source, setSource] = useState<{ url: string } | { error: string } | null>(null);
  useEffect(() => {
    if (response.body.size > IMAGE_PREVIEW_LIMIT) {
      setSource({ error: 'This image is too large to preview here: use “Save body”.' });
      return undefined;
    }
    let current = true;
    void readBodyBlob(response, () => undefined)
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
            reader.readAsDataURL(blob);
          }),
      )
      .then(
        (url) => current && setSource({ url }),
        (error: unknown) => current && setSource({ error: errorMessage(error) }),
      );
    return () => {
      current = false;
    };
  }, [response]);
  if (!source) return <p className="muted">Loading the image…</p>;
  if ('error' in source)
    return (
      <p className="inspector-error-text" role="alert">
        {source.error}
      </p>
    );
  return (
    <div className="inspector-body inspector-preview">
      <img
        src={source.url}
        alt={`Image body (${response.body.contentType}, ${response.body.size} bytes)`}
        className="inspector-preview-image"
      />
    </div>
  );
}
