import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings';
import type { MainDeps } from '../deps';
import type { Handlers } from '../ipc/router';

export interface SettingsRepository {
  read(): Settings;
  update(patch: Partial<Settings>): Settings;
}

export function createSettingsRepository(deps: Pick<MainDeps, 'openDocument'>): SettingsRepository {
  const document = deps.openDocument({ name: 'settings', schema: settingsSchema, defaults: defaultSettings });
  return {
    read: () => document.read(),
    update(patch) {
      const next = settingsSchema.parse({ ...document.read(), ...patch });
      document.write(next);
      return next;
    },
  };
}

export function createSettingsHandlers(
  settings: SettingsRepository,
): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.read(),
    'settings.update': (patch) => settings.update(patch),
  };
}
