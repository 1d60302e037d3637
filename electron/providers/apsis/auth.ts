/**
 * APSIS auth: HTTP Basic with the API key as user and an empty password. The key comes from the profile's
 * secret, or from a documented `http://<key>:@host` base URL; it is never left in the URL.
 */
import { splitKeyFromUrl } from '../../../shared/providers/apsis/base-url';
import type { PlainResponse, ProviderAuth } from '../types';

/** `Basic base64("<key>:")`, as APSIS documents it (key "abc123" → "Basic YWJjMTIzOg=="). */
export function apsisAuthorization(key: string): string {
  return `Basic ${Buffer.from(`${key}:`, 'utf8').toString('base64')}`;
}

export const apsisAuth: ProviderAuth<'apsis'> = {
  id: 'apsis',
  async apply(request, context) {
    const fromUrl = splitKeyFromUrl(context.profile.baseUrl).key;
    // A key typed into the base URL is not a masked secret: a preview must not show it either.
    const key = context.secrets.apiKey || (fromUrl && context.preview ? '••••' : fromUrl);
    if (!key)
      throw new Error(
        'This profile has no API key: fill "API key" (Account → Integrations in APSIS Pro), or use a base URL of the form http://<key>:@host.',
      );
    const header = apsisAuthorization(key);
    const headers = request.headers.filter(([name]) => name.toLowerCase() !== 'authorization');
    return {
      request: { ...request, url: splitKeyFromUrl(request.url).url, headers: [...headers, ['Authorization', header]] },
      sensitive: [key, header, header.slice('Basic '.length)],
    };
  },
  isAuthFailure(response: PlainResponse) {
    if (response.status === 401) return true;
    try {
      return (JSON.parse(response.bodyText) as { Code?: unknown }).Code === -4;
    } catch {
      return false;
    }
  },
  connectionTest: { endpointId: 'MailingList.getMailinglistsPaginated', params: { pageNumber: 1, pageSize: 1 } },
};
