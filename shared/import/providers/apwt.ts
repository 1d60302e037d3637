/** AllProWebTools: any `Apwt-*` credential header; the headers become the profile's fields. */
import { apwtCatalog } from '../../providers/apwt/catalog';
import { apwtCredentialSets } from '../../providers/apwt/credentials';
import { draftForEndpoint, matchEndpoint } from './catalog-match';
import { parsedUrl, type ProviderImport } from './types';

const credentials = [...apwtCredentialSets.account, ...apwtCredentialSets.user];

export const apwtImport: ProviderImport = {
  recognise(call) {
    const url = parsedUrl(call.url);
    if (!url || !call.headers.some(([name]) => /^apwt-/i.test(name))) return null;
    const secrets: { field: string; value: string }[] = [];
    const fields: Record<string, string> = {};
    for (const credential of credentials) {
      const value = call.headers.find(([name]) => name.toLowerCase() === credential.header.toLowerCase())?.[1];
      if (value === undefined) continue;
      if (credential.secret) secrets.push({ field: credential.key, value });
      else fields[credential.key] = value;
    }
    const file = url.pathname.split('/').pop() ?? '';
    const baseUrl = `${url.origin}${url.pathname.slice(0, url.pathname.length - file.length).replace(/\/$/, '')}`;
    const match = matchEndpoint(apwtCatalog, call.method, file) ?? matchEndpoint(apwtCatalog, 'POST', file);
    return {
      provider: match
        ? draftForEndpoint(match, call, { consumedHeaders: credentials.map((c) => c.header) })
        : { endpointId: null, method: call.method, path: file, params: {} },
      baseUrl,
      secrets,
      fields,
      notes: match ? [] : [`${file} is not in the AllProWebTools catalog: kept as a custom path.`],
    };
  },
};
