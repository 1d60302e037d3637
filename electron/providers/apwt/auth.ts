/**
 * APWT auth: reads the level the builder marked (account, user or any), applies that credential set as
 * headers and removes the mark. A missing credential is an error naming the profile fields to fill.
 */
import type { HttpRequestSpec } from '../../../shared/http/types';
import {
  apwtAuthLevelHeader,
  apwtCredentialSets,
  type ApwtAuthLevel,
  type ApwtCredential,
} from '../../../shared/providers/apwt/credentials';
import type { AuthContext, PlainResponse, ProviderAuth } from '../types';
import { headerValue } from '../../../shared/http/headers';

type SetName = keyof typeof apwtCredentialSets;

function valueOf(credential: ApwtCredential, context: AuthContext): string {
  return (credential.secret ? context.secrets[credential.key] : context.profile.fields[credential.key]) ?? '';
}

function missingOf(set: SetName, context: AuthContext): string[] {
  return apwtCredentialSets[set]
    .filter((credential) => valueOf(credential, context) === '')
    .map((credential) => credential.label);
}

function chooseSet(level: ApwtAuthLevel, context: AuthContext): SetName {
  const describe = (set: SetName) =>
    `${set}-level credentials (${apwtCredentialSets[set].map((c) => c.header).join(' + ')})`;
  if (level !== 'any') {
    const missing = missingOf(level, context);
    if (missing.length > 0)
      throw new Error(`This call needs ${describe(level)}: fill ${missing.join(', ')} in the profile.`);
    return level;
  }
  const complete = (['account', 'user'] as const).find((set) => missingOf(set, context).length === 0);
  if (!complete)
    throw new Error(
      `This call needs ${describe('account')} or ${describe('user')}: fill API key and API auth, or User, Password and Support code, in the profile.`,
    );
  return complete;
}

export const apwtAuth: ProviderAuth<'apwt'> = {
  id: 'apwt',
  async apply(request, context) {
    const mark = headerValue(request.headers, apwtAuthLevelHeader);
    const level = (mark ?? 'any') as ApwtAuthLevel;
    const set = chooseSet(level, context);
    const credentials = apwtCredentialSets[set];
    const replaced = new Set(
      [apwtAuthLevelHeader, ...credentials.map((credential) => credential.header)].map((name) => name.toLowerCase()),
    );
    const headers: HttpRequestSpec['headers'] = [
      ...request.headers.filter(([name]) => !replaced.has(name.toLowerCase())),
      ...credentials.map((credential): [string, string] => [credential.header, valueOf(credential, context)]),
    ];
    const sensitive = credentials
      .filter((credential) => credential.secret)
      .map((credential) => valueOf(credential, context));
    return { request: { ...request, headers }, sensitive };
  },
  isAuthFailure(response: PlainResponse) {
    if (/API credentials not found/i.test(response.bodyText)) return true;
    try {
      const body = JSON.parse(response.bodyText) as { status?: unknown; msg?: unknown };
      return body.status === 'error' && typeof body.msg === 'string' && /credentials|authenticat/i.test(body.msg);
    } catch {
      return false;
    }
  },
  connectionTest: { endpointId: 'signupboxes.list', params: {} },
};
