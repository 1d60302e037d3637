/** HAR 1.2 (a browser's DevTools export) → one request per entry, credentials moved to variables. */
import { defaultRequestName } from '../collections/format';
import type { BodySpec } from '../http/types';
import { asMethod, bodyForText, type HttpCall } from './http-call';
import { createSecretCollector } from './secrets';
import { list, obj, optionalText, text, type Obj } from './shape';
import { callToDraft } from './to-request';
import type { ImportPlan, ImportRequest, ProviderProfileFound, ReportItem } from './types';

/** Headers the engine writes itself (HTTP/2 pseudo-headers, lengths, the host). */
const engineHeaders = /^(:|content-length$|host$|connection$|accept-encoding$)/i;

function bodyOf(postData: Obj, headers: readonly (readonly [string, string])[]): BodySpec {
  if (Object.keys(postData).length === 0) return { kind: 'none' };
  const mimeType = text(postData.mimeType) || headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] || null;
  const params = list(postData.params).map(obj);
  if (/^multipart\/form-data/i.test(mimeType ?? '') && params.length > 0)
    return {
      kind: 'multipart',
      parts: params.map((p) =>
        optionalText(p.fileName) !== undefined
          ? {
              name: text(p.name),
              filePath: text(p.fileName),
              ...(p.contentType ? { contentType: text(p.contentType) } : {}),
            }
          : { name: text(p.name), value: text(p.value) },
      ),
    };
  if (/^application\/x-www-form-urlencoded/i.test(mimeType ?? '') && params.length > 0 && !postData.text)
    return { kind: 'form', fields: params.map((p) => ({ name: text(p.name), value: text(p.value) })) };
  return bodyForText(text(postData.text), mimeType);
}

export function importHar(document: Obj): ImportPlan {
  const report: ReportItem[] = [];
  const secrets = createSecretCollector();
  const requests: ImportRequest[] = [];
  const profiles: ProviderProfileFound[] = [];
  const names = new Map<string, number>();
  for (const [index, entry] of list(obj(document.log).entries).entries()) {
    const request = obj(obj(entry).request);
    const url = text(request.url);
    if (!url) {
      report.push({ item: `entry ${index + 1}`, message: 'No URL: left out.' });
      continue;
    }
    const method = asMethod(text(request.method), 'GET');
    // Parley writes a request's name as the entry's comment.
    const base = (text(obj(entry).comment).split('/').pop() ?? '') || defaultRequestName(method, url);
    const count = (names.get(base) ?? 0) + 1;
    names.set(base, count);
    const name = count > 1 ? `${base} (${count})` : base;
    const headers = list(request.headers)
      .map(obj)
      .map((h): [string, string] => [text(h.name), text(h.value)])
      .filter(([n]) => n !== '' && !engineHeaders.test(n));
    const body = bodyOf(obj(request.postData), headers);
    if (body.kind === 'multipart' && body.parts.some((p) => 'filePath' in p))
      report.push({ item: name, message: 'A HAR holds file names, not files: pick each file before sending.' });
    const call: HttpCall = {
      method,
      url,
      headers: headers.filter(
        ([n, v]) => !(n.toLowerCase() === 'content-type' && body.kind !== 'text' && /form|json/i.test(v)),
      ),
      body,
    };
    requests.push({
      folder: '',
      name,
      draft: callToDraft(call, name, { secrets, report, recogniseProviders: true, profiles }),
    });
  }
  const creator = obj(obj(document.log).creator);
  return {
    format: 'har',
    title: text(creator.name) ? `HAR from ${text(creator.name)}` : 'HAR import',
    folders: [],
    requests,
    variables: [],
    secrets: secrets.list(),
    report,
    profiles,
  };
}
