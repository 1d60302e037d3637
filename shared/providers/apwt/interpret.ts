/**
 * Reads APWT's `{"status":"ok"}` / `{"status":"error","msg":…}` envelope. An HTTP 200 carrying
 * status "error" is a failure with its msg; lists in the body become tables.
 */
import type { Interpretation, ResponseForInterpretation } from '../types';
import { isRecord } from '../../values';
import { unreadBodyInterpretation } from '../unread-body';

type Row = Readonly<Record<string, unknown>>;

function tablesOf(body: Record<string, unknown>): NonNullable<Interpretation['tables']> {
  return Object.entries(body)
    .filter(
      (entry): entry is [string, Row[]] => Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every(isRecord),
    )
    .map(([name, rows]) => ({ name, rows }));
}

const errorHints: readonly [RegExp, string][] = [
  [
    /apikey|apiauth|api key|api auth|credentials not found/i,
    'Account-level calls need Apwt-Apikey and Apwt-Apiauth: copy both from Settings → Administrator in your AllProWebTools console into the profile.',
  ],
  [
    /user|password|support code/i,
    'User-level calls need your login, password and the support code shown in the dark blue footer of every console screen.',
  ],
  [/required|missing/i, 'Fill the field the message names and send again.'],
  [/state/i, 'state is two letters, e.g. FL, NY, CA.'],
  [/order_amount|amount/i, 'order_amount is a dollar amount such as 117.45.'],
  [/invoice/i, 'invoice_num must be unique per order.'],
  [
    /unknown api call|not found/i,
    "The path is an assumption (the docs hide the real URLs): edit the endpoint's path to your account's.",
  ],
];

function plainText(text: string): string {
  const plain = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 160 ? `${plain.slice(0, 157)}…` : plain;
}

export function interpretApwt(response: ResponseForInterpretation): Interpretation {
  if (response.bodyText === null) return unreadBodyInterpretation(response.status);
  const text = response.bodyText ?? '';
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The older APWT listener answers plain text ("API credentials not found"); gateways answer HTML.
    const outcome = response.status >= 400 || /not found|error|invalid|denied/i.test(text) ? 'error' : 'unknown';
    return {
      outcome,
      summary: `HTTP ${response.status}, not JSON: ${plainText(text) || '(empty body)'}`,
      hints: errorHints.filter(([test]) => test.test(text)).map(([, hint]) => hint),
    };
  }
  if (!isRecord(body) || typeof body.status !== 'string') {
    return {
      outcome: response.status >= 400 ? 'error' : 'unknown',
      summary: `HTTP ${response.status}: JSON without AllProWebTools' status field`,
      hints: [],
    };
  }
  // The header API documents `msg`; the older plugin API used `message`.
  const rawMessage = typeof body.msg === 'string' ? body.msg : typeof body.message === 'string' ? body.message : '';
  if (body.status === 'error' || response.status >= 400) {
    const summary = rawMessage || `status "${body.status}" without a msg (HTTP ${response.status})`;
    return {
      outcome: 'error',
      summary,
      code: body.status,
      hints: errorHints
        .filter(([test]) => test.test(summary))
        .map(([, hint]) => hint)
        .slice(0, 2),
    };
  }
  const tables = tablesOf(body);
  const counted = tables.map((table) => `${table.rows.length} ${table.name}`).join(', ');
  const summary = rawMessage || (counted ? `status "${body.status}": ${counted}` : `status "${body.status}"`);
  return { outcome: body.status === 'ok' ? 'ok' : 'unknown', summary, code: body.status, hints: [], tables };
}
