/**
 * Runs saved requests in order, iteration after iteration, through the same send pipeline as the app:
 * run variables (environment, data row, captures) → pipeline (prepare → auth → engine → interpret) →
 * captures → assertions. Iterations run concurrently up to `concurrency`; inside an iteration requests
 * keep their order, except those of a folder marked parallel. Provider pacing and guards come from the
 * pipeline: a pacing hold is waited out (the run never provokes a documented rate limit), and a ban
 * guard's refusal stops that profile's requests for the rest of the run.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { RequestDraft } from '../../shared/request/draft';
import type { SendOutcome } from '../../shared/request/outcome';
import { substituteDeep } from '../../shared/request/variables';
import type { CheckResults } from '../../shared/run/checks';
import { entryFailed, type RunEntry, type RunReport } from '../../shared/run/report';
import { headerValue } from '../../shared/http/headers';
import { PacingWaitRequired } from '../pipeline/send';
import { waitText } from '../providers/pacing/pacer';

export interface RunItem {
  /** Relative to the collection folder. */
  readonly file: string;
  /** Folder path inside the collection, `/`-separated; '' at the top. */
  readonly folder: string;
  readonly name: string;
  /** Its captures and assertions travel in `draft.checks`. */
  readonly draft: RequestDraft;
}

export interface RunPlan {
  readonly collection: string;
  readonly items: readonly RunItem[];
  /** Folders whose requests may run at the same time. */
  readonly parallelFolders: ReadonlySet<string>;
  readonly iterations: number;
  /** One iteration per row (times `iterations`), columns as variables; null without a data file. */
  readonly data: readonly Readonly<Record<string, string>>[] | null;
  readonly variables: Readonly<Record<string, string>>;
  readonly bail: boolean;
  readonly delayMs: number;
  readonly concurrency: number;
}

export interface SentExchange {
  /** What the app would show: secrets masked, checks included. */
  readonly outcome: SendOutcome;
  /** The checks' results before masking, so a captured value reaches the next request whole. */
  readonly checks: CheckResults | null;
  /** Masks this exchange's secrets (and their derived forms) in any text. */
  readonly redact: (text: string) => string;
}

export interface RunDeps {
  /** The app's pipeline. Throws a HandlerError when it refuses to send. */
  readonly send: (draft: RequestDraft, signal: AbortSignal, item: RunItem) => Promise<SentExchange>;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly now: () => number;
  readonly signal: AbortSignal;
  /** Each finished (or skipped) entry as it happens: live progress. */
  readonly onEntry?: (entry: RunEntry, sent: { readonly item: RunItem; readonly outcome: SendOutcome | null }) => void;
}

/** Longest `Retry-After` the runner waits out before resending once. */
const MAX_RETRY_AFTER_MS = 120_000;

function retryAfterMs(outcome: SendOutcome, now: number): number | null {
  if (outcome.response?.status !== 429) return null;
  const header = headerValue(outcome.response.headers, 'retry-after');
  if (header === undefined) return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return ms >= 0 && ms <= MAX_RETRY_AFTER_MS ? ms : null;
}

function withVariables(draft: RequestDraft, values: Readonly<Record<string, string>>): RequestDraft {
  // Nothing to put in (no --env-var, data row or capture yet): the saved draft as it is.
  if (Object.keys(values).length === 0) return draft;
  const missing: string[] = [];
  // Unresolved names stay as written: the pipeline resolves the profile's own variables after this.
  return substituteDeep(draft, values, missing) as RequestDraft;
}

const CREDENTIAL_NAME = /token|secret|password|passwd|api[-_]?key|apikey|auth|session|cookie/i;

export async function runCollection(plan: RunPlan, deps: RunDeps): Promise<RunReport> {
  const startedAt = new Date(deps.now()).toISOString();
  const start = deps.now();
  const rows = plan.data && plan.data.length > 0 ? plan.data : null;
  const total = Math.max(1, plan.iterations) * (rows ? rows.length : 1);
  const entries: RunEntry[][] = Array.from({ length: total }, () => []);
  const notices: string[] = [];
  /** Profiles (or profile-less sandboxes) a ban guard stopped, with the reason. */
  const stopped = new Map<string, string>();
  /** Per sandbox: the first pacing reason and the total time waited for it. */
  const paced = new Map<string, { reason: string; waitedMs: number }>();
  let bailed = false;
  let lastSendAt = 0;
  const outcomes = new WeakMap<RunEntry, SendOutcome>();

  const skip = (item: RunItem, iteration: number, dataRow: number | null, reason: string | null): RunEntry => ({
    iteration,
    dataRow,
    folder: item.folder,
    request: item.name,
    file: item.file,
    method: item.draft.method,
    url: '',
    status: null,
    timeMs: 0,
    sizeBytes: 0,
    error: reason,
    skipped: true,
    assertions: [],
    captures: [],
  });

  /** Sends, waiting out every pacing hold first: the pacer says how long until the request fits. */
  const sendPaced = async (draft: RequestDraft, item: RunItem): Promise<SentExchange> => {
    for (;;) {
      try {
        return await deps.send(draft, deps.signal, item);
      } catch (error) {
        if (!(error instanceof PacingWaitRequired) || deps.signal.aborted) throw error;
        const seen = paced.get(draft.sandbox);
        const reason = error.message.split(':')[0] ?? error.message;
        paced.set(draft.sandbox, { reason: seen?.reason ?? reason, waitedMs: (seen?.waitedMs ?? 0) + error.waitMs });
        await deps.sleep(error.waitMs, deps.signal);
      }
    }
  };

  const runOne = async (item: RunItem, iteration: number, dataRow: number | null, scope: Record<string, string>) => {
    const stopKey = item.draft.profileId ?? item.draft.sandbox;
    const stop = stopped.get(stopKey);
    if (bailed || deps.signal.aborted || stop !== undefined) return skip(item, iteration, dataRow, stop ?? null);
    if (plan.delayMs > 0 && lastSendAt > 0) {
      const wait = lastSendAt + plan.delayMs - deps.now();
      if (wait > 0) await deps.sleep(wait, deps.signal);
    }
    lastSendAt = deps.now();
    const draft = withVariables(item.draft, scope);
    let exchange: SentExchange;
    try {
      exchange = await sendPaced(draft, item);
      const wait = retryAfterMs(exchange.outcome, deps.now());
      if (wait !== null) {
        await deps.sleep(wait, deps.signal);
        exchange = await sendPaced(draft, item);
      }
    } catch (error) {
      if (!(error instanceof HandlerError)) throw error;
      if (deps.signal.aborted) return skip(item, iteration, dataRow, 'Cancelled.');
      if (error.code === 'confirmation-required') {
        const message = `${item.name}: not sent — ${error.message} The run sends nothing more with this profile.`;
        stopped.set(stopKey, message);
        notices.push(message);
      }
      return { ...skip(item, iteration, dataRow, error.message), skipped: error.code === 'confirmation-required' };
    }
    const { outcome, redact } = exchange;
    for (const capture of exchange.checks?.captures ?? [])
      if (capture.value !== null) scope[capture.variable] = capture.value;
    const entry: RunEntry = {
      iteration,
      dataRow,
      folder: item.folder,
      request: item.name,
      file: item.file,
      method: outcome.sent?.method ?? draft.method,
      url: redact(outcome.sent?.url ?? outcome.response?.url ?? ''),
      status: outcome.response?.status ?? null,
      timeMs: outcome.response?.timings.total ?? outcome.error?.timings?.total ?? 0,
      sizeBytes: outcome.response?.body.size ?? 0,
      error: outcome.error ? redact(`${outcome.error.kind}: ${outcome.error.message}`) : null,
      skipped: false,
      assertions: outcome.checks?.assertions ?? [],
      captures: (outcome.checks?.captures ?? []).map((capture) =>
        capture.value !== null && CREDENTIAL_NAME.test(capture.variable) ? { ...capture, value: '••••' } : capture,
      ),
    };
    outcomes.set(entry, outcome);
    return entry;
  };

  const runIteration = async (index: number) => {
    const iteration = index + 1;
    const dataRow = rows ? (index % rows.length) + 1 : null;
    const scope: Record<string, string> = { ...plan.variables, ...(rows ? rows[index % rows.length] : {}) };
    const list = entries[index]!;
    for (let position = 0; position < plan.items.length;) {
      const item = plan.items[position]!;
      let group = [item];
      if (plan.parallelFolders.has(item.folder)) {
        let end = position + 1;
        while (end < plan.items.length && plan.items[end]!.folder === item.folder) end += 1;
        group = plan.items.slice(position, end);
      }
      position += group.length;
      const done = await Promise.all(group.map((member) => runOne(member, iteration, dataRow, scope)));
      for (const [at, entry] of done.entries()) {
        list.push(entry);
        deps.onEntry?.(entry, { item: group[at]!, outcome: outcomes.get(entry) ?? null });
        if (plan.bail && !entry.skipped && entryFailed(entry)) bailed = true;
      }
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next;
      next += 1;
      await runIteration(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(plan.concurrency, total)) }, worker));
  for (const { reason, waitedMs } of paced.values())
    notices.push(`Paced: ${reason}; the run waited ${waitText(waitedMs)} in all to stay within it.`);

  return {
    collection: plan.collection,
    startedAt,
    durationMs: deps.now() - start,
    iterations: total,
    entries: entries.flat(),
    notices,
  };
}
