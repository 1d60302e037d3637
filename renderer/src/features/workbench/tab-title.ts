import type { RequestTab } from './tabs';

export const NEW_REQUEST_TITLE = 'New request';

/** `METHOD /path` of a plain request's URL (its query and host left out, as a tab is narrow). */
function methodAndPath(method: string, url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    return `${method} ${decodeURI(parsed.pathname)}`;
  } catch {
    return `${method} ${trimmed}`;
  }
}

/**
 * What a tab and its history entries are called: the saved name or a name the user gave, else the catalog
 * endpoint's title (set when opened from the catalog), else `METHOD path` of what is typed.
 */
export function tabTitle(tab: Pick<RequestTab, 'title' | 'draft'>): string {
  if (tab.title !== NEW_REQUEST_TITLE && tab.title.trim()) return tab.title;
  const { draft } = tab;
  if (draft.sandbox === 'http' && draft.url.trim()) return methodAndPath(draft.method, draft.url);
  if (draft.provider?.path?.trim()) return `${draft.provider.method ?? draft.method} ${draft.provider.path}`;
  return NEW_REQUEST_TITLE;
}
