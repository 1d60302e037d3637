/**
 * Where APSIS requests go: the region's official host, or the profile's own base URL. APSIS documents
 * `http://<key>:@host/…` URLs; Parley accepts such a base URL, but moves the key into the Authorization
 * header so it never travels in (or gets logged with) a URL.
 */
export const apsisRegions = {
  eu: { label: 'Europe — se.api.anpdm.com', baseUrl: 'https://se.api.anpdm.com:8443' },
  apac: { label: 'Asia-Pacific — se.api.anpasia.com', baseUrl: 'https://se.api.anpasia.com:8443' },
  custom: { label: "Custom — the profile's base URL (the Demo mock, a proxy)", baseUrl: '' },
} as const;
export type ApsisRegion = keyof typeof apsisRegions;

export function isApsisRegion(value: string | undefined): value is ApsisRegion {
  return value !== undefined && Object.hasOwn(apsisRegions, value);
}

/** Splits `http://KEY:@host/path` into the URL without credentials and the key (empty when none). */
export function splitKeyFromUrl(url: string): { readonly url: string; readonly key: string } {
  const match = /^(https?:\/\/)([^/@]*)@(.*)$/i.exec(url.trim());
  if (!match) return { url, key: '' };
  const [, scheme = '', userinfo = '', rest = ''] = match;
  const key = decodeURIComponent(userinfo.split(':')[0] ?? '');
  return { url: `${scheme}${rest}`, key };
}

/** The base URL a profile's requests go to, without any key; `moved` tells the user a key was taken out. */
export function apsisBaseUrl(
  region: string | undefined,
  profileBaseUrl: string,
): { readonly baseUrl: string; readonly movedKey: boolean; readonly ignoredBaseUrl: boolean } {
  const chosen: ApsisRegion = isApsisRegion(region) ? region : 'custom';
  const split = splitKeyFromUrl(profileBaseUrl);
  if (chosen !== 'custom') {
    const official = apsisRegions[chosen].baseUrl;
    const ignored = split.url.trim() !== '' && split.url.replace(/\/+$/, '') !== official;
    return { baseUrl: official, movedKey: false, ignoredBaseUrl: ignored };
  }
  return { baseUrl: split.url, movedKey: split.key !== '', ignoredBaseUrl: false };
}
