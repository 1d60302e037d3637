/**
 * One HTTP call as an importer read it (a cURL command, a HAR entry, a Postman request) before it becomes
 * a saved request: the credentials are still in it, and the provider is not yet recognised.
 */
import { httpMethods, type HttpMethod } from '../http/methods';
import type { BodySpec } from '../http/types';
import type { PlainAuth } from '../request/plain-auth';

export interface HttpCall {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: BodySpec;
  /** `-u user:password`, a Postman basic block: HTTP Basic with its values. */
  readonly basic?: { readonly user: string; readonly password: string };
  /** An auth helper other than Basic (bearer, API key, OAuth2 settings), with its values in clear. */
  readonly auth?: PlainAuth;
  readonly insecure?: boolean;
  readonly followRedirects?: boolean;
  readonly maxRedirects?: number;
  readonly totalTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
}

/**
 * Form-urlencoded text → fields, when every piece is `name=value` and decodes (`%20` and `+` alike); otherwise
 * it stays text.
 * The fields are sent re-encoded, which a form-urlencoded reader reads as the same values.
 */
export function formFields(text: string): { name: string; value: string }[] | null {
  if (text === '') return [];
  const pieces = text.split('&');
  const decodes = (piece: string) => {
    try {
      decodeURIComponent(piece.replace(/\+/g, ' '));
      return true;
    } catch {
      return false;
    }
  };
  if (!pieces.every((piece) => piece.includes('=') && decodes(piece))) return null;
  return [...new URLSearchParams(text)].map(([name, value]) => ({ name, value }));
}

export function asMethod(value: string | undefined, fallback: HttpMethod = 'GET'): HttpMethod {
  const upper = (value ?? '').trim().toUpperCase();
  return httpMethods.find((m) => m === upper) ?? fallback;
}

export function isKnownMethod(value: string): boolean {
  return httpMethods.some((m) => m === value.trim().toUpperCase());
}

/** The body for raw text and its declared Content-Type: JSON, form fields or text, as it will be sent. */
export function bodyForText(text: string, contentType: string | null): BodySpec {
  const type = (contentType ?? '').toLowerCase();
  if (/[/+]json\b/.test(type)) return { kind: 'json', text };
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields = formFields(text);
    if (fields) return { kind: 'form', fields };
  }
  return contentType ? { kind: 'text', text, contentType } : { kind: 'text', text };
}

/** Headers without the Content-Type Parley sends anyway for this body (it would only repeat it). */
export function withoutImpliedContentType<T extends readonly [string, string]>(
  headers: readonly T[],
  body: BodySpec,
): T[] {
  const implied =
    body.kind === 'form'
      ? 'application/x-www-form-urlencoded'
      : body.kind === 'json'
        ? 'application/json'
        : body.kind === 'text' || body.kind === 'file'
          ? (body.contentType ?? null)
          : null;
  return headers.filter(([name, value]) => {
    if (name.toLowerCase() !== 'content-type') return true;
    if (body.kind === 'multipart') return !/^multipart\/form-data/i.test(value);
    return implied === null || value.toLowerCase() !== implied.toLowerCase();
  });
}
