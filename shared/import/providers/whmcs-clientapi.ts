/** The WHMCS Client API: `m=clientapi` in the query or the form; `apimodule/apifunction` is the entry. */
import { whmcsClientApiCatalog } from '../../providers/whmcs-clientapi/catalog';
import { parsedUrl, type ProviderImport } from './types';

const fixed = new Set(['m', 'apikey', 'apimodule', 'apifunction']);

export const whmcsClientApiImport: ProviderImport = {
  recognise(call) {
    const url = parsedUrl(call.url);
    if (!url) return null;
    const pairs: [string, string][] = [...url.searchParams];
    if (call.body.kind === 'form') pairs.push(...call.body.fields.map((f): [string, string] => [f.name, f.value]));
    const field = (name: string) => pairs.find(([key]) => key === name)?.[1];
    if (field('m') !== 'clientapi') return null;
    const id = `${field('apimodule') ?? ''}/${field('apifunction') ?? ''}`;
    const known = whmcsClientApiCatalog.some((entry) => entry.id === id);
    const params: Record<string, unknown> = Object.fromEntries(pairs.filter(([name]) => !fixed.has(name)));
    if (!known) Object.assign(params, { apimodule: field('apimodule') ?? '', apifunction: field('apifunction') ?? '' });
    const apikey = field('apikey');
    const file = url.pathname.split('/').pop() ?? '';
    const root = url.pathname.slice(0, url.pathname.length - file.length).replace(/\/$/, '');
    return {
      provider: {
        endpointId: known ? id : null,
        params,
        ...(file && file !== 'index.php' ? { path: file } : {}),
        ...(call.method === 'GET' ? { options: { method: 'GET' } } : {}),
      },
      baseUrl: `${url.origin}${root}`,
      secrets: apikey ? [{ field: 'apikey', value: apikey }] : [],
      fields: {},
      notes: known ? [] : [`${id} is not in the Client API catalog: kept as a custom call.`],
    };
  },
};
