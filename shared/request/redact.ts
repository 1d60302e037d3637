/** Replaces every sensitive string in a request with a mask: what history, previews and logs get. */
import type { BodySpec, HttpRequestSpec } from '../http/types';

export const REDACTED = '••••';

export function redactText(text: string, sensitive: readonly string[]): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...sensitive].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

function redactBody(body: BodySpec, sensitive: readonly string[]): BodySpec {
  switch (body.kind) {
    case 'json':
    case 'text':
      return { ...body, text: redactText(body.text, sensitive) };
    case 'form':
      return { ...body, fields: body.fields.map((f) => ({ name: f.name, value: redactText(f.value, sensitive) })) };
    case 'multipart':
      return {
        ...body,
        parts: body.parts.map((p) => ('value' in p ? { name: p.name, value: redactText(p.value, sensitive) } : p)),
      };
    default:
      return body;
  }
}

export function redactRequest(request: HttpRequestSpec, sensitive: readonly string[]): HttpRequestSpec {
  if (sensitive.length === 0) return request;
  return {
    method: request.method,
    url: redactText(request.url, sensitive),
    headers: request.headers.map(([name, value]) => [name, redactText(value, sensitive)] as [string, string]),
    body: redactBody(request.body, sensitive),
  };
}
