import { z } from 'zod';
import { event } from '../define';

export const appEvents = {
  'app.notice': event(
    z.object({ level: z.enum(['info', 'warning', 'error']), title: z.string(), detail: z.string() }),
    'Something happened in main that the user should know (a recovered settings file, a stopped mock).',
  ),
} as const;
