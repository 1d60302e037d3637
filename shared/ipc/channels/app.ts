import { z } from 'zod';
import { channel } from '../define';
import { settingsPatchSchema, type Settings } from '../../settings';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly versions: { readonly node: string; readonly electron: string | null; readonly chrome: string | null };
  readonly paths: { readonly data: string; readonly bodies: string; readonly history: string };
}

export const appChannels = {
  'app.info': channel<AppInfo>()(z.object({}).strict(), 'Name, version, runtime versions and data folders.'),
  'settings.get': channel<Settings>()(z.object({}).strict(), 'The current application settings.'),
  'settings.update': channel<Settings>()(settingsPatchSchema, 'Change some settings; returns all of them.'),
  'settings.caFile.set': channel<Settings>()(
    z.object({ token: z.string().min(1).max(2048).nullable() }).strict(),
    'Trust the CA file picked with files.pick (its token), or none (null); returns all settings.',
  ),
} as const;
