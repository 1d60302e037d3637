/**
 * Before a request is written to a file: every header or query value that is a credential typed in clear
 * becomes a `{{variable}}` reference (the keeper moves it into a secret variable), or a mask when no
 * keeper is given. The file never holds the credential; with a keeper, nothing is lost either.
 */
import { credentialSecretPart, isClearCredential } from '../../shared/request/credentials';
import type { KeyValueRow, RequestDraft } from '../../shared/request/draft';
import { REDACTED } from '../../shared/request/redact';

/** Stores `value` as a secret variable bound to the request's origin; returns the variable name, or null. */
export type CredentialKeeper = (credential: {
  name: string;
  value: string;
  url: string;
  /** The folder the request is saved in ('' at the top). */
  folder: string;
}) => string | null;

type StoredRequest = Omit<RequestDraft, 'profileId'>;

export function scrubCredentials(
  request: StoredRequest,
  folder: string,
  keeper: CredentialKeeper | undefined,
): StoredRequest {
  const scrub = (row: KeyValueRow): KeyValueRow => {
    if (!isClearCredential(row.name, row.value)) return row;
    const secret = credentialSecretPart(row.value);
    const variable = keeper?.({ name: row.name, value: secret, url: request.url, folder }) ?? null;
    return { ...row, value: row.value.replace(secret, variable ? `{{${variable}}}` : REDACTED) };
  };
  const scrubPairs = (headers: readonly (readonly [string, string])[] | undefined) =>
    headers
      ?.map(([name, value]) => scrub({ name, value, enabled: true }))
      .map((r) => [r.name, r.value] as [string, string]);
  return {
    ...request,
    headers: request.headers.map(scrub),
    query: request.query.map(scrub),
    provider: request.provider
      ? { ...request.provider, ...(request.provider.headers ? { headers: scrubPairs(request.provider.headers) } : {}) }
      : null,
  };
}
