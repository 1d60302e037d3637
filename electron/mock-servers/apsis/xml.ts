/**
 * APSIS answers XML when the client's Accept asks for it (the docs: "the Accept header decides JSON vs XML").
 * The documents show no XML sample: the element names mirror the JSON keys (an assumption), arrays as items.
 */
import type { MockResponse } from '../http-kit';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name} />`;
  if (Array.isArray(value)) return `<${name}>${value.map((item) => element('Item', item)).join('')}</${name}>`;
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([key, inner]) => element(key.replace(/[^\w.-]/g, '_'), inner))
      .join('')}</${name}>`;
  return `<${name}>${escape(String(value))}</${name}>`;
}

/** True when the Accept header prefers XML to JSON (the first of them named wins). */
export function wantsXml(accept: string | undefined): boolean {
  const types = (accept ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '');
  const xml = types.findIndex((type) => type === 'application/xml' || type === 'text/xml');
  const json = types.findIndex((type) => type === 'application/json' || type === 'text/json');
  return xml !== -1 && (json === -1 || xml < json);
}

/** The JSON envelope answer as XML; other answers unchanged. */
export function asXml(response: MockResponse): MockResponse {
  const type = response.headers?.['content-type'] ?? '';
  if (!type.includes('json') || typeof response.body !== 'string') return response;
  const value: unknown = JSON.parse(response.body);
  return {
    ...response,
    headers: { ...response.headers, 'content-type': 'application/xml; charset=utf-8' },
    body: `<?xml version="1.0" encoding="utf-8"?>${element('Response', value)}`,
  };
}
