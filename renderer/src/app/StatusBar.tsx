import type { Theme } from '../../../shared/settings';
import { useIpcMutation, useIpcQuery } from '../ipc/hooks';
import { nextTheme } from './theme';

const themeLabel: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

export function StatusBar({ theme }: { readonly theme: Theme }) {
  const info = useIpcQuery('app.info', {}, { staleTime: Infinity });
  const updateSettings = useIpcMutation('settings.update', ['settings.get']);

  return (
    <footer className="status-bar" aria-label="Status">
      <span className="status-item" data-testid="connection">
        {info.isError ? `Main process unreachable: ${info.error.message}` : info.data ? 'Ready' : 'Connecting…'}
      </span>
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
