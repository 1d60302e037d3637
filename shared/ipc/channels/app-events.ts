import { z } from 'zod';
import { event } from '../define';

/** What the application menu may ask the page to do: its items are buttons for these workbench commands. */
export const appCommands = [
  'tab.new',
  'tab.close',
  'tab.reopen',
  'request.save',
  'settings.open',
  'import.open',
  /** The window is closing and the user chose Save: save every edited tab, then close. */
  'tabs.saveAllAndClose',
] as const;
export type AppCommand = (typeof appCommands)[number];

export const appEvents = {
  'app.command': event(
    z.object({ command: z.enum(appCommands) }),
    'A menu item was chosen (File ▸ Close Tab, …): the page runs the workbench command of that name.',
  ),
  'app.notice': event(
    z.object({ level: z.enum(['info', 'warning', 'error']), title: z.string(), detail: z.string() }),
    'Something happened in main that the user should know (a recovered settings file, a stopped mock).',
  ),
} as const;
