/** Joins a base URL and a path the way users expect: exactly one slash between them; an absolute path wins. */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || baseUrl === '') return path;
  if (path === '') return baseUrl;
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
