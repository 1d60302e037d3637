/**
 * Queued calls: the first answer carries a PollURL; the poll file carries State (0 Waiting, 1 Started,
 * 2 Completed, -1 Error, -2 Fatal error, -3 Rejected) and, once completed, the DataUrl of the result.
 */
import type { Interpretation } from '../types';

const stateNames: Readonly<Record<string, string>> = {
  '0': 'Waiting',
  '1': 'Started',
  '2': 'Completed',
  '-1': 'Error',
  '-2': 'Fatal error',
  '-3': 'Rejected (queued too long)',
};

/** True for the poll file's shape: a State, without the {Code, Message, Result} envelope. */
export function isPollState(body: Record<string, unknown>): boolean {
  return 'State' in body && !('Code' in body);
}

export function interpretPollState(body: Record<string, unknown>, pollUrl: string | undefined): Interpretation {
  const state = String(body.State);
  const name =
    typeof body.StateName === 'string' && body.StateName ? body.StateName : (stateNames[state] ?? `state ${state}`);
  const message = typeof body.Message === 'string' && body.Message ? `: ${body.Message}` : '';
  const code = `State ${state}`;
  if (state === '0' || state === '1') {
    return {
      outcome: 'pending',
      summary: `Queued job ${name.toLowerCase()}${message}`,
      code,
      hints: [
        'The job is still running: poll again in a while. APSIS asks for identical polls to be at least 5 minutes apart.',
      ],
      ...(pollUrl ? { followUrl: pollUrl } : {}),
    };
  }
  if (state === '2') {
    const dataUrl = typeof body.DataUrl === 'string' ? body.DataUrl : undefined;
    return {
      outcome: 'ok',
      summary: `Queued job completed${message}${dataUrl ? ' — the data is ready at the DataUrl' : ''}`,
      code,
      hints: dataUrl
        ? ['Follow the DataUrl to read the result (a .json file because Parley sends Accept: application/json).']
        : [],
      ...(dataUrl ? { followUrl: dataUrl } : {}),
    };
  }
  return {
    outcome: 'error',
    summary: `Queued job ${name.toLowerCase()}${message}`,
    code,
    hints:
      state === '-3'
        ? ['The job waited in the queue too long and was rejected: send the original call again.']
        : ['Send the original call again; if it keeps failing, contact APSIS support with the OperationGuid.'],
  };
}

/** The first answer of a queued call: Result = {OperationGuid, PollURL}. */
export function queuedResult(
  result: unknown,
): { readonly operationGuid: string; readonly pollUrl: string } | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const record = result as Record<string, unknown>;
  const pollUrl = record.PollURL ?? record.PollUrl;
  if (typeof pollUrl !== 'string') return undefined;
  return { operationGuid: typeof record.OperationGuid === 'string' ? record.OperationGuid : '', pollUrl };
}
