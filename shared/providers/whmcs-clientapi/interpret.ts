/**
 * Reads the Client API envelope `{status, message, data}`. The API must answer application/json: anything
 * else is reported as such, with what came instead (usually the client-area HTML page).
 */
import type { Interpretation, ResponseForInterpretation } from '../types';
import { isRecord } from '../../values';
import { unreadBodyInterpretation } from '../unread-body';

type Row = Readonly<Record<string, unknown>>;

/** A short, tag-free excerpt of an unexpected body, so the user sees what came instead. */
function excerpt(text: string | null): string {
  if (!text) return '(empty body)';
  const plain = text
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 160 ? `${plain.slice(0, 157)}…` : plain || '(markup only)';
}

/** `data` as table rows: a list, or an object keyed by id (products, gateways) whose values are records. */
function tablesOf(data: unknown): Interpretation['tables'] {
  if (Array.isArray(data) && data.every(isRecord))
    return data.length > 0 ? [{ name: 'data', rows: data as Row[] }] : [];
  if (isRecord(data)) {
    const values = Object.values(data);
    if (values.length > 0 && values.every(isRecord))
      return [{ name: 'data', rows: Object.entries(data).map(([key, value]) => ({ key, ...(value as Row) })) }];
  }
  return [];
}

const errorHints: readonly [RegExp, string][] = [
  [/api ?key/i, "Check the profile's API key. Keys are made in the client area: Hello, <name> → Client API."],
  [
    /not enabled|disabled/i,
    'Enable API access: client area → Hello, <name> → Client API → API Status tab → Enable API.',
  ],
  [
    /module|function/i,
    'Check apimodule and apifunction: the catalog lists the documented ones (client/getdetails, cpanellicensing/products, …).',
  ],
  [
    /billing ?cycle/i,
    'Use one of the pricing keys that cpanellicensing/products lists for the product (Monthly, Quarterly, Semi-Annually).',
  ],
  [/product/i, 'Use a product name exactly as cpanellicensing/products lists it.'],
  [/gateway/i, 'Use a gateway module name from billing/paymentgateways, or leave paymentgateway empty.'],
  [/\bip\b/i, 'Give the IPv4 address of the server the license is for.'],
];

/**
 * The documented client (`if($curlinfo['content_type'] != 'application/json') die(...)`) compares the whole
 * header, parameters included: Parley reads `application/json; charset=utf-8` fine, that client would not.
 */
function contentTypeHints(rawType: string): string[] {
  const exact = rawType.trim();
  if (exact === 'application/json') return [];
  return [
    `The server sent Content-Type "${exact}", not exactly "application/json": the API's documented PHP client compares the whole header and would stop with "api response was not JSON". Parley reads it; clients written from the docs will not.`,
  ];
}

export function interpretWhmcsClientApi(response: ResponseForInterpretation): Interpretation {
  const contentType = response.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType !== 'application/json') {
    return {
      outcome: 'error',
      summary: `The API response was not JSON: HTTP ${response.status} with ${contentType || 'no content type'} instead of application/json — ${excerpt(response.bodyText)}`,
      hints: [
        'The Client API always answers application/json. An HTML page usually means the request reached the client area instead of the addon: check that the base URL points at the WHMCS index.php and that m=clientapi was sent.',
        'If the page is a login or maintenance page, the portal itself is refusing the request.',
      ],
    };
  }
  if (response.bodyText === null) return unreadBodyInterpretation(response.status);
  let body: unknown;
  try {
    body = JSON.parse(response.bodyText);
  } catch {
    return {
      outcome: 'error',
      summary: `The response says application/json but is not valid JSON (HTTP ${response.status}): ${excerpt(response.bodyText)}`,
      hints: [],
    };
  }
  if (!isRecord(body) || typeof body.status !== 'string') {
    return {
      outcome: 'unknown',
      summary: `HTTP ${response.status}: JSON without the {status, message, data} envelope`,
      hints: [],
    };
  }
  const message = typeof body.message === 'string' && body.message ? body.message : `status ${body.status}`;
  const typeHints = contentTypeHints(response.contentType);
  if (body.status === 'success')
    return { outcome: 'ok', summary: message, code: body.status, hints: typeHints, tables: tablesOf(body.data) };
  return {
    outcome: 'error',
    summary: message,
    code: body.status,
    hints: [
      ...errorHints
        .filter(([test]) => test.test(message))
        .map(([, hint]) => hint)
        .slice(0, 2),
      ...typeHints,
    ],
  };
}
