/**
 * wbTeamPro's request/response envelope, from JSON or XML alike. The reference shows the decoded
 * structure (`request`: action, method, format, code, message; `response`: data + the records); the XML
 * layout (a root element, list items as <item>) is assumed and mirrored by the mock.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { resourceNames } from './chain/methods';
import { errorMessage } from '../../values';

export interface WbRequestBlock {
  readonly action?: string;
  readonly method?: string;
  readonly format?: string;
  readonly code?: number;
  readonly message?: string;
}

export interface WbEnvelope {
  readonly request: WbRequestBlock;
  readonly response: Readonly<Record<string, unknown>>;
}

export type EnvelopeRead =
  | { readonly ok: true; readonly envelope: WbEnvelope; readonly format: 'json' | 'xml' }
  | { readonly ok: false; readonly reason: string };

/** Keys that hold lists even when the XML has one item or none. */
const listKeys = new Set<string>([...resourceNames, 'resources', 'replies', 'methods', 'threads']);

const xmlParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: true,
  isArray: (name) => name === 'item',
});

function normalizeXml(value: unknown, key: string): unknown {
  if (value === '' && listKeys.has(key)) return [];
  if (value === '' && key === 'filters') return {};
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => normalizeXml(item, ''));
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === 'item') return normalizeXml(record.item, '');
  return Object.fromEntries(keys.map((name) => [name, normalizeXml(record[name], name)]));
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function toEnvelope(root: unknown): WbEnvelope | null {
  const record = asRecord(root);
  const request = asRecord(record?.request);
  if (!record || !request) return null;
  const code = Number(request.code);
  return {
    request: {
      action: request.action === undefined ? undefined : String(request.action),
      method: request.method === undefined ? undefined : String(request.method),
      format: request.format === undefined ? undefined : String(request.format),
      code: Number.isFinite(code) ? code : undefined,
      message: request.message === undefined ? undefined : String(request.message),
    },
    response: asRecord(record.response) ?? {},
  };
}

export function readEnvelope(bodyText: string): EnvelopeRead {
  const text = bodyText.trim();
  if (text.startsWith('{')) {
    try {
      const envelope = toEnvelope(JSON.parse(text));
      return envelope
        ? { ok: true, envelope, format: 'json' }
        : { ok: false, reason: 'JSON without the request/response envelope' };
    } catch (error) {
      return { ok: false, reason: `Invalid JSON: ${errorMessage(error)}` };
    }
  }
  if (text.startsWith('<')) {
    try {
      const parsed = asRecord(xmlParser.parse(text));
      const rootName = parsed ? Object.keys(parsed).find((name) => !name.startsWith('?')) : undefined;
      const envelope = rootName ? toEnvelope(normalizeXml(parsed?.[rootName], rootName)) : null;
      return envelope
        ? { ok: true, envelope, format: 'xml' }
        : { ok: false, reason: 'XML without the request/response envelope' };
    } catch (error) {
      return { ok: false, reason: `Invalid XML: ${errorMessage(error)}` };
    }
  }
  return { ok: false, reason: text === '' ? 'An empty body' : 'Neither JSON nor XML' };
}

/** The provider's error text: `response.error` (the mock's), else a top-level-ish `message`. */
export function errorText(envelope: WbEnvelope): string | undefined {
  const { response, request } = envelope;
  const candidate = response.error ?? response.message;
  if (typeof candidate === 'string' && candidate !== '') return candidate;
  return request.message && request.message !== 'Success' ? request.message : undefined;
}

const xmlBuilder = new XMLBuilder({ format: true, suppressEmptyNode: false });

function prepareXml(value: unknown): unknown {
  if (Array.isArray(value)) return { item: value.map(prepareXml) };
  const record = asRecord(value);
  if (record) return Object.fromEntries(Object.entries(record).map(([name, item]) => [name, prepareXml(item)]));
  return value;
}

/** The XML form of an envelope (the mock answers `…/xml` chains with it). */
export function envelopeToXml(envelope: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlBuilder.build({ wbteampro: prepareXml(envelope) }) as string}`;
}
