/**
 * Some providers document the secret inside the base URL (APSIS: `http://KEY:@host`). A secret field that
 * says so (`fromUrlUserinfo`) takes the URL's user name on save; the stored URL keeps no credentials.
 */
import type { ProfileFieldSpec } from '../providers/types';
import type { ProfileValues } from './validate';

/** `https://KEY:@host/path` → the URL without the userinfo and the decoded user name; null when there is none. */
export function splitUserinfo(
  value: string,
): { readonly url: string; readonly user: string; readonly password: string } | null {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@(.*)$/i.exec(value.trim());
  if (!match) return null;
  const [, scheme = '', userinfo = '', rest = ''] = match;
  const [user = '', ...password] = userinfo.split(':');
  try {
    return {
      url: `${scheme}${rest}`,
      user: decodeURIComponent(user),
      password: decodeURIComponent(password.join(':')),
    };
  } catch {
    return null;
  }
}

/** The values with a documented URL secret moved into its secret field; unchanged when nothing applies. */
export function liftUrlSecret<V extends ProfileValues>(values: V, specs: readonly ProfileFieldSpec[]): V {
  const spec = specs.find((field) => field.secret && field.fromUrlUserinfo);
  if (!spec || values.baseUrl === undefined) return values;
  const split = splitUserinfo(values.baseUrl);
  if (!split || split.user === '' || split.password !== '') return values;
  return { ...values, baseUrl: split.url, secrets: { ...(values.secrets ?? {}), [spec.key]: split.user } };
}
