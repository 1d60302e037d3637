/** AllProWebTools as Parley presents it: two header credential sets, status/msg envelopes. */
import type { ProviderDefinition } from '../types';
import { buildApwtRequest } from './build';
import { apwtCatalog } from './catalog';
import { interpretApwt } from './interpret';

export const apwtProvider: ProviderDefinition<'apwt'> = {
  id: 'apwt',
  name: 'AllProWebTools',
  authCard: [
    'Account level (Signup Boxes, New Orders): headers Apwt-Apikey + Apwt-Apiauth, from Settings → Administrator in the console.',
    "User level (tasking, timecards, CRM, chat, email, reports, settings, company, users, partners): headers Apwt-User + Apwt-Password + Apwt-Support-Code — a user's own login plus the support code in the console's blue footer.",
    'A profile may hold either set or both; each call sends the set it needs and says which fields to fill when one is missing.',
    'Parameters go as a POST form (urlencoded or multipart) or as a URL query. The public docs hide the real URLs: paths are editable assumptions.',
  ],
  defaultBaseUrl: 'https://app.allprowebtools.com/api',
  profileFields: [
    {
      key: 'apiKey',
      label: 'API key (Apwt-Apikey)',
      secret: true,
      required: false,
      help: 'Settings → Administrator, centre of the screen.',
      pattern: { regex: '^[A-Za-z0-9]+$', message: 'The API key is letters and digits' },
    },
    {
      key: 'apiAuth',
      label: 'API auth (Apwt-Apiauth)',
      secret: true,
      required: false,
      help: 'Shown beside the API key.',
      pattern: { regex: '^\\S+$', message: 'The API auth has no spaces' },
    },
    {
      key: 'user',
      label: 'User (Apwt-User)',
      secret: false,
      required: false,
      help: 'Your console login.',
      pattern: { regex: '^\\S+$', message: 'The login has no spaces' },
    },
    {
      key: 'password',
      label: 'Password (Apwt-Password)',
      secret: true,
      required: false,
      help: 'Your console password.',
    },
    {
      key: 'supportCode',
      label: 'Support code (Apwt-Support-Code)',
      secret: false,
      required: false,
      help: 'At the bottom of every console screen, in the dark blue footer (e.g. 220-4).',
      pattern: { regex: '^\\S+$', message: 'The support code has no spaces (e.g. 220-4)' },
    },
    {
      key: 'encoding',
      label: 'Send parameters as',
      secret: false,
      required: false,
      defaultValue: 'urlencoded',
      help: 'The docs accept a POSTed form (either encoding) or a URL query; a request can still choose its own.',
      options: [
        { value: 'urlencoded', label: 'POST form, application/x-www-form-urlencoded' },
        { value: 'multipart', label: 'POST form, multipart/form-data' },
        { value: 'query', label: 'URL query (GET)' },
      ],
    },
  ],
  catalog: apwtCatalog,
  demoProfile: {
    name: 'Demo',
    environment: 'demo',
    fields: { user: 'john', supportCode: '220-4' },
    secrets: { apiKey: '00myallprowebtoolsdemo255', apiAuth: 'myallprowebtools', password: 'demo' },
  },
  buildRequest: buildApwtRequest,
  interpret: interpretApwt,
};
