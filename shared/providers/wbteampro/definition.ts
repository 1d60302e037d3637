/** wbTeamPro (WHMCS addon by Holodyn/Webuddha): the provider as the rest of Parley sees it. */
import type { ProviderDefinition } from '../types';
import { buildWbTeamProRequest } from './build';
import { wbteamproCatalog } from './catalog';
import { urlStyleLabels } from './chain/model';
import { interpretWbTeamPro } from './interpret';

/** The built-in demo admin: invented for Parley's local mock, not from any wbTeamPro document. */
export const wbteamproDemoCredentials = { username: 'demo-admin', password: 'parley-demo-pass' } as const;

export const wbteamproProvider: ProviderDefinition<'wbteampro'> = {
  id: 'wbteampro',
  name: 'wbTeamPro',
  authCard: [
    "Every call sends username = a WHMCS administrator whose admin role has wbTeamPro access, and password = the MD5 hash of that admin's password.",
    'You type the password; Parley hashes it in the main process and never shows the hash.',
    'wbTeamPro bans the IP address of any client that fails to log in 3 times: after 2 failed logins Parley asks you to confirm before sending again.',
    'The endpoint is {WHMCS URL}/modules/addons/wbteampro/api.php, addressed as path info, rewrite (api/…, needs the shipped .htaccess) or ?action=.',
    'The Demo profile\'s admin "demo-admin" / "parley-demo-pass" is invented for Parley\'s local mock server; it is not a real account.',
  ],
  defaultBaseUrl: 'https://billing.example.com',
  profileFields: [
    {
      key: 'username',
      label: 'Admin username',
      secret: false,
      required: true,
      help: 'A WHMCS administrator in a role that was granted wbTeamPro access.',
      placeholder: 'adminuser',
      pattern: { regex: '^[^\\s]{1,64}$', message: 'One word, no spaces (the WHMCS admin login name)' },
    },
    {
      key: 'password',
      label: 'Admin password',
      secret: true,
      required: true,
      help: 'The plain password: Parley sends its MD5 hash, as the API expects. 3 failed logins ban your IP.',
      pattern: { regex: '^.{1,256}$', message: 'The password cannot be empty' },
    },
    {
      key: 'urlStyle',
      label: 'URL style',
      secret: false,
      required: true,
      help: "How the chain is put into the URL. Rewrite needs the addon's .htaccess rules on the server.",
      options: Object.entries(urlStyleLabels).map(([value, label]) => ({ value, label })),
      defaultValue: 'path',
    },
    {
      key: 'format',
      label: 'Default response format',
      secret: false,
      required: true,
      help: 'The last key of the chain; each request can still choose.',
      options: [
        { value: 'json', label: 'JSON' },
        { value: 'xml', label: 'XML' },
      ],
      defaultValue: 'json',
    },
  ],
  catalog: wbteamproCatalog,
  demoProfile: {
    name: 'Demo',
    environment: 'demo',
    fields: { username: wbteamproDemoCredentials.username, urlStyle: 'path', format: 'json' },
    secrets: { password: wbteamproDemoCredentials.password },
  },
  buildRequest: buildWbTeamProRequest,
  interpret: interpretWbTeamPro,
};
