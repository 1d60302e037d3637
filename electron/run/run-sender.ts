/**
 * The runner's send: one saved request through the app's own pipeline (prepare → ban guard → pacing →
 * engine → interpret → checks), with the exchange's secrets kept beside it for masking. The CLI and the
 * app's runner view build it from their own pipeline parts.
 */
import { randomUUID } from 'node:crypto';
import { sendDraftDetailed, type SendDeps } from '../pipeline/send';
import type { RunDeps } from './runner';

export function createRunSender(deps: SendDeps): RunDeps['send'] {
  return async (draft, signal, item) => {
    const { outcome, checks, redact } = await sendDraftDetailed(
      { requestId: randomUUID(), draft, title: item.name, confirmRisk: false, signal, collectionFile: item.file },
      deps,
    );
    return { outcome, checks, redact };
  };
}
