import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';
import { defaultSettings, proxyUrlProblem, settingsSchema, type Settings } from '../../shared/settings';
import type { MainDeps } from '../deps';
import type { MainDialogs } from '../dialogs/dialogs';
import type { FileGrants } from '../files/file-grants';
import type { Handlers } from '../ipc/router';
import { confirmProxyChange } from '../vault/risky-changes';

export interface SettingsRepository {
  read(): Settings;
  update(patch: Partial<Settings>): Settings;
}

export function createSettingsRepository(deps: Pick<MainDeps, 'openDocument'>): SettingsRepository {
  const document = deps.openDocument({
    name: 'settings',
    schema: settingsSchema,
    defaults: defaultSettings,
    label: 'your settings',
  });
  return {
    read: () => document.read(),
    update(patch) {
      const next = settingsSchema.parse({ ...document.read(), ...patch });
      document.write(next);
      return next;
    },
  };
}

export interface SettingsHandlerDeps {
  readonly dialogs: Pick<MainDialogs, 'confirm'>;
  readonly files: FileGrants;
  /** How many profiles hold a secret: a new proxy would see their requests. */
  readonly profilesWithSecrets: () => number;
}

/** A CA file must hold at least one PEM certificate, or every https request would fail later and obscurely. */
async function checkCaFile(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new HandlerError('conflict', `${path.basename(file)} could not be read (${(error as Error).message}).`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----'))
    throw new HandlerError(
      'conflict',
      `${path.basename(file)} holds no PEM certificate ("-----BEGIN CERTIFICATE-----"): choose a .pem or .crt file.`,
    );
}

export function createSettingsHandlers(
  settings: SettingsRepository,
  deps: SettingsHandlerDeps,
): Pick<Handlers, 'settings.get' | 'settings.update' | 'settings.caFile.set'> {
  return {
    'settings.get': () => settings.read(),
    'settings.update': async (patch) => {
      const current = settings.read();
      if (patch.collectionsDir !== undefined && patch.collectionsDir !== current.collectionsDir)
        throw new HandlerError(
          'conflict',
          'Choose the collection folder with "Change folder…": it opens a folder picker.',
        );
      if (patch.caFile !== undefined && patch.caFile !== current.caFile)
        throw new HandlerError('conflict', 'Choose the CA file with "Choose CA file…": it opens a file picker.');
      const proxyProblem = patch.proxyUrl === undefined ? null : proxyUrlProblem(patch.proxyUrl);
      if (proxyProblem) throw new HandlerError('conflict', proxyProblem);
      await confirmProxyChange(deps.dialogs, current.proxyUrl, patch.proxyUrl ?? '', deps.profilesWithSecrets());
      return settings.update(patch);
    },
    'settings.caFile.set': async ({ token }) => {
      if (token === null) return settings.update({ caFile: '' });
      const file = deps.files.resolve(token);
      if (!file) throw new HandlerError('not-found', 'Choose the CA file again: Parley reads only files picked now.');
      await checkCaFile(file);
      return settings.update({ caFile: file });
    },
  };
}
