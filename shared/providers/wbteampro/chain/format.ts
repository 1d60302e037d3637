/** Chain → the part of the URL after the addon folder, in one of the three styles of the reference. */
import { actionString, chainKeys, type Chain, type UrlStyle } from './model';

export interface FormattedChain {
  /** Relative to `{whmcs}/modules/addons/wbteampro/`: `api.php/v1/projects/100/json`, `api.php`. */
  readonly path: string;
  /** Query pairs the style needs (the direct style's `action`). */
  readonly query: readonly (readonly [string, string])[];
}

export function formatChain(chain: Chain, style: UrlStyle): FormattedChain {
  switch (style) {
    case 'path':
      return { path: `api.php/${chainKeys(chain).join('/')}`, query: [] };
    case 'rewrite':
      return { path: `api/${chainKeys(chain).join('/')}`, query: [] };
    case 'direct':
      return { path: 'api.php', query: [['action', actionString(chain)]] };
  }
}

/** The formatted chain as one relative URL (what the builder puts in the draft's `path`). */
export function chainPath(chain: Chain, style: UrlStyle): string {
  const { path, query } = formatChain(chain, style);
  if (query.length === 0) return path;
  // Dots and letters need no escaping; keep the action readable as the reference writes it.
  return `${path}?${query.map(([name, value]) => `${name}=${value}`).join('&')}`;
}
