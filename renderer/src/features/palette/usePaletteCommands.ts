/** The palette's own commands (theme, new request, save, settings, import, profiles) and the saved requests. */
import { useMemo } from 'react';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { useOpenSettings } from '../settings/SettingsOpener';
import { useWorkbenchActions } from '../workbench/WorkbenchContext';

export interface PaletteEntry {
  readonly id: string;
  readonly kind: 'Command' | 'Action' | 'Sandbox' | 'Endpoint' | 'Saved' | 'Profile' | 'History';
  readonly label: string;
  readonly detail: string;
  run(): void;
}

export interface PaletteActions {
  readonly onImport: () => void;
  readonly onManageProfiles: () => void;
}

export function usePaletteCommands({ onImport, onManageProfiles }: PaletteActions): PaletteEntry[] {
  const workbench = useWorkbenchActions();
  const openSettings = useOpenSettings();
  const settings = useIpcMutation('settings.update', ['settings.get']);
  return useMemo<PaletteEntry[]>(() => {
    const command = (id: string, label: string, detail: string, run: () => void): PaletteEntry => ({
      id: `c-${id}`,
      kind: 'Command',
      label,
      detail,
      run,
    });
    const theme = (value: 'light' | 'dark' | 'system', label: string) =>
      command(`theme-${value}`, `Theme: ${label}`, 'Switch the colours', () => settings.mutate({ theme: value }));
    return [
      command('new', 'New request', 'Ctrl+T', () => workbench.newTab()),
      command('save', 'Save request', 'Ctrl+S: to the collection', () => {
        const active = workbench.activeTab();
        if (active) void workbench.save(active.id);
      }),
      command('settings', 'Settings…', 'Ctrl+, · timeouts, redirects, proxy, TLS, history, theme', () =>
        openSettings(),
      ),
      command('import', 'Import…', 'File ▸ Import', onImport),
      command('profiles', 'Manage profiles…', 'Credentials, base URLs, environments', onManageProfiles),
      theme('dark', 'dark'),
      theme('light', 'light'),
      theme('system', 'follow the system'),
    ];
  }, [workbench, openSettings, settings, onImport, onManageProfiles]);
}

/** Saved requests of the collection, opened like a click in the Collections panel (an open tab is reused). */
export function useSavedRequestEntries(): PaletteEntry[] {
  const workbench = useWorkbenchActions();
  const listing = useIpcQuery('collections.list', {});
  return useMemo<PaletteEntry[]>(
    () =>
      (listing.data?.items ?? []).flatMap((item) => {
        const draft = item.draft;
        if (!draft) return [];
        return [
          {
            id: `f-${item.file}`,
            kind: 'Saved' as const,
            label: item.name,
            detail: `${item.folder ? `${item.folder} · ` : ''}${draft.sandbox === 'http' ? draft.url : draft.sandbox}`,
            run: () => {
              const openTab = workbench.getState().tabs.tabs.find((tab) => tab.collectionFile === item.file);
              if (openTab) workbench.activate(openTab.id);
              else workbench.open({ title: item.name, draft, collectionFile: item.file });
            },
          },
        ];
      }),
    [listing.data, workbench],
  );
}
