import type { Theme } from '../../../shared/settings';
import { useIpcMutation, useIpcQuery } from '../ipc/hooks';
import { useProfiles } from '../features/workbench/useActiveProfile';
import { useWorkbenchSelector, type WorkbenchState } from '../features/workbench/WorkbenchContext';
import { nextTheme } from './theme';
import { viewsOf } from '../providers/registry';
import { EnvironmentPicker } from '../features/environments/EnvironmentPicker';

const activeDraft = (state: WorkbenchState) => state.tabs.tabs.find((tab) => tab.id === state.tabs.activeId)?.draft;

const themeLabel: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

export function StatusBar({
  theme,
  onManageProfiles,
}: {
  readonly theme: Theme;
  readonly onManageProfiles: () => void;
}) {
  const info = useIpcQuery('app.info', {}, { staleTime: Infinity });
  const updateSettings = useIpcMutation('settings.update', ['settings.get']);
  const sandbox = useWorkbenchSelector((state) => activeDraft(state)?.sandbox ?? 'http');
  const profileId = useWorkbenchSelector((state) => activeDraft(state)?.profileId ?? null);
  const inFlight = useWorkbenchSelector((state) => state.tabs.tabs.filter((tab) => tab.pendingRequestId).length);
  const { profile } = useProfiles(sandbox, profileId);
  const StatusItem = profile ? viewsOf(profile.providerId).StatusItem : undefined;

  return (
    <footer className="status-bar" aria-label="Status">
      <span className="status-item" data-testid="connection">
        {info.isError ? `Main process unreachable: ${info.error.message}` : info.data ? 'Ready' : 'Connecting…'}
      </span>
      {profile ? (
        <button
          type="button"
          className="status-button"
          onClick={onManageProfiles}
          data-testid="active-profile"
          aria-label={`Active profile ${profile.name}, ${profile.environment}. Manage profiles.`}
        >
          <span className={`env-dot env-${profile.environment}`} aria-hidden="true" /> {profile.name} ·{' '}
          {profile.environment}
        </button>
      ) : null}
      {profile && StatusItem ? <StatusItem profileId={profile.id} /> : null}
      <EnvironmentPicker />
      {inFlight > 0 ? (
        <span className="status-item" role="status">
          {inFlight === 1 ? '1 request in flight' : `${inFlight} requests in flight`}
        </span>
      ) : null}
      <span className="status-spacer" />
      <button
        type="button"
        className="status-button"
        onClick={() => updateSettings.mutate({ theme: nextTheme[theme] })}
        aria-label={`${themeLabel[theme]}. Click to switch to ${nextTheme[theme]}.`}
      >
        {themeLabel[theme]}
      </button>
      <span className="status-item" data-testid="app-version">
        {info.data ? `${info.data.name} ${info.data.version}` : ''}
      </span>
    </footer>
  );
}
