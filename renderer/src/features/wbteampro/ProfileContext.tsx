import type { ProviderDraft } from '../../../../shared/providers/types';
import { useIpcQuery } from '../../ipc/hooks';
import { RequestPreview } from './RequestPreview';

/** The preview for the chosen profile: its WHMCS URL, admin username and defaults (no secret crosses IPC). */
export function ProfilePreview({ profileId, draft }: { readonly profileId: string; readonly draft: ProviderDraft }) {
  const profile = useIpcQuery('profiles.get', { id: profileId });
  return (
    <RequestPreview
      draft={draft}
      baseUrl={profile.data?.baseUrl}
      username={profile.data?.fields.username}
      profileFields={profile.data?.fields}
    />
  );
}

/**
 * The ban guard, where a wbTeamPro user builds requests: wbTeamPro bans the client IP after 3 failed logins,
 * so the count of failed logins in a row is shown, and the pipeline asks for confirmation before the third.
 */
export function BanGuardNotice({ profileId }: { readonly profileId: string }) {
  // Polled so a failed send shows up here without a reload; the call is a local read in main.
  const state = useIpcQuery('profiles.authState', { profileId }, { refetchInterval: 4000 });
  const failures = state.data?.failures ?? 0;
  if (failures === 0) return null;
  return (
    <p className={state.data?.needsConfirmation ? 'wb-problem' : 'wb-warning'} role="status" data-testid="wb-ban-guard">
      {failures} failed login{failures === 1 ? '' : 's'} in a row with this profile. wbTeamPro bans your IP address
      after 3.
      {state.data?.needsConfirmation
        ? ' The next send asks you to confirm first: check the username and password.'
        : ''}
    </p>
  );
}
