import type { Interpretation } from './types';

/** A body main streamed to a file is not read to interpret it: the status is all there is to say. */
export function unreadBodyInterpretation(status: number): Interpretation {
  return {
    outcome: 'unknown',
    summary: `HTTP ${status}: the body was too large to read here; open it from the response viewer`,
    hints: [],
  };
}
