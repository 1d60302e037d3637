import { joinUrl } from '../../../../shared/request/url';
import { useProfiles } from './useActiveProfile';
import { useTabSelector } from './WorkbenchContext';

/** Where a Plain HTTP URL typed without a scheme goes, by the one rule the send follows. */
export function urlRuleText(url: string, profileBaseUrl: string | null): string | null {
  const typed = url.trim();
  if (typed === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) || typed.startsWith('{{')) return null;
  return profileBaseUrl
    ? `No scheme: appended to the profile's base URL → ${joinUrl(profileBaseUrl, typed)}`
    : `No scheme and no profile base URL: sent as http://${typed}`;
}

export function UrlRule({ tabId }: { readonly tabId: string }) {
  const isPlain = useTabSelector(tabId, (tab) => tab.draft.sandbox === 'http') ?? false;
  const profileId = useTabSelector(tabId, (tab) => tab.draft.profileId) ?? null;
  const { profile } = useProfiles('http', isPlain ? profileId : null);
  const baseUrl = profile?.baseUrl || null;
  // Selects the sentence, not the URL: a key typed into a URL with a scheme does not re-render this.
  const text = useTabSelector(tabId, (tab) => (isPlain ? urlRuleText(tab.draft.url, baseUrl) : null)) ?? null;
  return text ? (
    <p className="url-rule" role="note" data-testid="url-rule">
      {text}
    </p>
  ) : null;
}
