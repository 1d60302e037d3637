/** APWT as code: the level the call needs (account or user headers), the secrets as environment variables. */
import { apwtAuthLevelHeader, apwtCredentialSets, type ApwtAuthLevel } from '../../providers/apwt/credentials';
import type { ProviderCodegen } from './types';
import { headerValue } from '../../http/headers';

type SetName = keyof typeof apwtCredentialSets;

export const apwtCodegen: ProviderCodegen = {
  secretEnv: {
    apiKey: { name: 'APWT_API_KEY', description: 'AllProWebTools API key (Apwt-Apikey)' },
    apiAuth: { name: 'APWT_API_AUTH', description: 'AllProWebTools API auth (Apwt-Apiauth)' },
    password: { name: 'APWT_PASSWORD', description: 'AllProWebTools user password (Apwt-Password)' },
  },
  authAsCode(request, context) {
    const mark = headerValue(request.headers, apwtAuthLevelHeader);
    const level = (mark ?? 'any') as ApwtAuthLevel;
    const complete = (set: SetName) =>
      apwtCredentialSets[set].every((c) => (c.secret ? context.secretsSet.has(c.key) : !!context.fields[c.key]));
    const set: SetName = level !== 'any' ? level : complete('account') || !complete('user') ? 'account' : 'user';
    const credentials = apwtCredentialSets[set];
    const replaced = new Set([apwtAuthLevelHeader, ...credentials.map((c) => c.header)].map((n) => n.toLowerCase()));
    return {
      request: {
        ...request,
        headers: [
          ...request.headers.filter(([name]) => !replaced.has(name.toLowerCase())),
          ...credentials.map((c): [string, string] => [
            c.header,
            c.secret ? context.secret(c.key) : (context.fields[c.key] ?? ''),
          ]),
        ],
      },
    };
  },
};
