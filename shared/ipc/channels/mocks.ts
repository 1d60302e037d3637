import { z } from 'zod';
import { channel } from '../define';

export interface MockStatus {
  readonly id: string;
  readonly baseUrl: string | null;
}

export const mockChannels = {
  'mocks.status': channel<readonly MockStatus[]>()(
    z.object({}).strict(),
    'The built-in mock servers and where they run.',
  ),
} as const;
