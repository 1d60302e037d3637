/** The six sandboxes the sidebar lists: five business APIs and plain HTTP. */
export const sandboxIds = ['http', 'apwt', 'wbteampro', 'whmcs-clientapi', 'apsis', 'webcrm'] as const;
export type SandboxId = (typeof sandboxIds)[number];

export interface SandboxInfo {
  readonly id: SandboxId;
  readonly name: string;
  readonly tagline: string;
  /** Two letters for the sidebar badge. */
  readonly badge: string;
}

export const sandboxes: readonly SandboxInfo[] = [
  { id: 'http', name: 'Plain HTTP', badge: 'HT', tagline: 'Any URL, any method, every byte of the exchange.' },
  {
    id: 'apwt',
    name: 'AllProWebTools',
    badge: 'AP',
    tagline: 'Header auth at account and user level; status/msg envelopes.',
  },
  {
    id: 'wbteampro',
    name: 'wbTeamPro',
    badge: 'WB',
    tagline: 'WHMCS addon: resource-action chains, MD5 admin password, JSON or XML.',
  },
  {
    id: 'whmcs-clientapi',
    name: 'WHMCS Client API',
    badge: 'WC',
    tagline: 'm=clientapi with apikey, apimodule and apifunction; JSON only.',
  },
  {
    id: 'apsis',
    name: 'APSIS Pro',
    badge: 'AS',
    tagline: 'Basic auth with the API key; Code ↔ HTTP status table; 60 requests a minute.',
  },
  {
    id: 'webcrm',
    name: 'webCRM',
    badge: 'CR',
    tagline: 'Token exchange to a one-hour bearer; Page/Size paging; SQL over /Queries.',
  },
];

export function sandboxById(id: SandboxId): SandboxInfo {
  const found = sandboxes.find((sandbox) => sandbox.id === id);
  if (!found) throw new Error(`Unknown sandbox ${id}`);
  return found;
}
