/** APSIS as code: HTTP Basic with the key as user and an empty password (`-u key:`, CURLOPT_USERPWD). */
import { splitKeyFromUrl } from '../../providers/apsis/base-url';
import type { ProviderCodegen } from './types';

export const apsisCodegen: ProviderCodegen = {
  secretEnv: { apiKey: { name: 'APSIS_API_KEY', description: 'APSIS Pro API key (Account → Integrations)' } },
  authAsCode(request, context) {
    return {
      request: {
        ...request,
        url: splitKeyFromUrl(request.url).url,
        headers: request.headers.filter(([name]) => name.toLowerCase() !== 'authorization'),
      },
      basicAuth: { user: context.secret('apiKey'), password: '' },
    };
  },
};
