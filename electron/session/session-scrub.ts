/**
 * What a session file may hold of a draft: every known secret (profile secrets, secret variables) masked,
 * every credential typed in clear under a credential name masked, and an auth helper's secret fields kept
 * only when they are `{{variable}}` references. The file never holds a secret; a masked value comes back
 * as the mask, which the user sees and types again.
 */
import { scrubCredentials } from '../collections/credential-scrub';
import type { RequestDraft } from '../../shared/request/draft';
import type { PlainAuth } from '../../shared/request/plain-auth';
import { REDACTED, redactDeep, redactor } from '../../shared/request/redact';
import { VARIABLE_PATTERN } from '../../shared/request/variables';

const onlyReferences = (value: string) => value.replace(VARIABLE_PATTERN, '').trim() === '';
const keepReference = (value: string) => (value === '' || onlyReferences(value) ? value : REDACTED);

function scrubAuth(auth: PlainAuth | undefined): PlainAuth | undefined {
  if (!auth) return auth;
  switch (auth.kind) {
    case 'bearer':
      return { ...auth, token: keepReference(auth.token) };
    case 'basic':
      return { ...auth, password: keepReference(auth.password) };
    case 'apiKey':
      return { ...auth, value: keepReference(auth.value) };
    case 'oauth2':
      return { ...auth, clientSecret: keepReference(auth.clientSecret), password: keepReference(auth.password) };
    default:
      return auth;
  }
}

export function scrubDraft(draft: RequestDraft, secrets: readonly string[]): RequestDraft {
  const masked = redactDeep(draft, redactor(secrets));
  const { profileId, ...request } = masked;
  const cleared = scrubCredentials(request, '', undefined);
  return { ...cleared, profileId, auth: scrubAuth(cleared.auth) };
}
