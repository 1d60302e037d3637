/**
 * Where a profile's secrets normally go: the URL its provider builds for its own connection test (APSIS:
 * the region's host, whatever the base URL says), or the base URL itself for plain HTTP. Sending and
 * editing a profile use this one answer, so a change that moves the secrets is seen wherever it comes from.
 */
import type { ProfileView } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import type { ProviderAuths } from '../providers/registry';

export type ProfileHomeInput = Pick<ProfileView, 'providerId' | 'fields'>;

export function profileHomeUrl(profile: ProfileHomeInput, baseUrl: string, auths: Pick<ProviderAuths, 'get'>): string {
  if (profile.providerId === 'http') return baseUrl;
  const home = providerDefinition(profile.providerId).buildRequest(auths.get(profile.providerId).connectionTest, {
    baseUrl,
    fields: profile.fields,
  });
  return home.ok ? home.request.url : baseUrl;
}
