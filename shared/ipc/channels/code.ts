import { z } from 'zod';
import { channel } from '../define';
import { codeTargetIds, type EnvVar } from '../../codegen/program';
import { requestDraftSchema } from '../../request/draft';
import type { DraftProblem } from '../../request/outcome';

export interface GeneratedCode {
  /** The snippet with every secret an environment-variable placeholder; null when the draft has problems. */
  readonly code: string | null;
  /** Monaco's language id for highlighting. */
  readonly language: string;
  /** The variables the snippet reads, listed above its code. */
  readonly env: readonly EnvVar[];
  readonly problems: readonly DraftProblem[];
}

const codeInput = z.object({ draft: requestDraftSchema, target: z.enum(codeTargetIds) }).strict();

export const codeChannels = {
  'code.generate': channel<GeneratedCode>()(
    codeInput,
    'The active request as code in one language, secrets as environment-variable placeholders.',
  ),
  'code.copyWithSecrets': channel<{ readonly copied: true; readonly characters: number }>()(
    codeInput,
    "The snippet with the profile's real secrets, written to the clipboard by main: it never reaches the window.",
  ),
} as const;
