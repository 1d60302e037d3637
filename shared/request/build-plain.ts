/** A plain-HTTP draft (method, URL, query rows, header rows, body) → the request to send. Pure. */
import type { BodySpec, HttpRequestSpec } from '../http/types';
import type { DraftProblem } from './outcome';
import type { KeyValueRow, RequestDraft } from './draft';
import { joinUrl } from './url';
import { errorMessage } from '../values';

export type PlainBuildResult =
  | { readonly ok: true; readonly request: HttpRequestSpec }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

const enabledPairs = (rows: readonly KeyValueRow[]) => rows.filter((row) => row.enabled && row.name.trim() !== '');

export function buildPlainRequest(draft: RequestDraft, baseUrl: string): PlainBuildResult {
  const raw = joinUrl(baseUrl, draft.url.trim());
  if (raw === '')
    return { ok: false, problems: [{ field: 'url', message: 'Enter a URL, e.g. https://api.example.com/items' }] };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return { ok: false, problems: [{ field: 'url', message: `"${raw}" is not a valid URL.` }] };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      problems: [{ field: 'url', message: `Only http and https URLs can be sent, not ${url.protocol}` }],
    };
  }
  for (const row of enabledPairs(draft.query)) url.searchParams.append(row.name, row.value);
  if (draft.body.kind === 'json' && draft.body.text.trim() !== '') {
    try {
      JSON.parse(draft.body.text);
    } catch (error) {
      return {
        ok: false,
        problems: [
          {
            field: 'body',
            message: `The JSON body is invalid: ${errorMessage(error)}`,
          },
        ],
      };
    }
  }
  return {
    ok: true,
    request: {
      method: draft.method,
      url: url.toString(),
      headers: enabledPairs(draft.headers).map((row) => [row.name, row.value] as [string, string]),
      body: sendableBody(draft.body),
    },
  };
}

/** The body without the form rows the user unticked (kept in the draft, like header and query rows). */
function sendableBody(body: BodySpec): BodySpec {
  type Field = { readonly name: string; readonly value: string; readonly enabled?: boolean };
  type MultipartPart = Extract<BodySpec, { kind: 'multipart' }>['parts'][number];
  const sent = (field: Field) => field.enabled !== false;
  const plain = ({ name, value }: Field) => ({ name, value });
  if (body.kind === 'form') return { kind: 'form', fields: body.fields.filter(sent).map(plain) };
  if (body.kind === 'multipart')
    return {
      kind: 'multipart',
      parts: body.parts.flatMap((part): MultipartPart[] =>
        'value' in part ? (sent(part) ? [plain(part)] : []) : [part],
      ),
    };
  return body;
}
