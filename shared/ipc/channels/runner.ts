import { z } from 'zod';
import { channel, event } from '../define';
import type { RequestDraft } from '../../request/draft';
import type { SendOutcome } from '../../request/outcome';
import { folderPath } from './collections';

/** Reports a finished run can be saved as: the same renderers as `parley run --reporter`. */
export const runReportKinds = ['html', 'junit', 'json', 'cli'] as const;
export type RunReportKind = (typeof runReportKinds)[number];

const runId = z.string().min(1).max(100);

export const runEntrySchema = z.object({
  iteration: z.number(),
  dataRow: z.number().nullable(),
  folder: z.string(),
  request: z.string(),
  file: z.string(),
  method: z.string(),
  url: z.string(),
  status: z.number().nullable(),
  timeMs: z.number(),
  sizeBytes: z.number(),
  error: z.string().nullable(),
  skipped: z.boolean(),
  assertions: z.array(z.object({ name: z.string(), passed: z.boolean(), expected: z.string(), actual: z.string() })),
  captures: z.array(z.object({ variable: z.string(), value: z.string().nullable(), problem: z.string().nullable() })),
});

/** A data file picked in main's dialog: the renderer holds its token and what it holds, never its path. */
export interface PickedDataFile {
  readonly token: string;
  readonly name: string;
  readonly rows: number;
}

export interface RunResult {
  readonly title: string;
  /** The saved request as it is in the collection. */
  readonly draft: RequestDraft;
  /** What the app shows after a send: secrets masked, checks included. */
  readonly outcome: SendOutcome;
}

export const runnerChannels = {
  'runner.pickData': channel<PickedDataFile | null>()(
    z.object({}).strict(),
    'Asks for a CSV or JSON data file (main’s open dialog) and reads its rows; null when cancelled.',
  ),
  'runner.start': channel<{ readonly runId: string; readonly total: number }>()(
    z
      .object({
        folder: folderPath,
        iterations: z.number().int().min(1).max(10_000),
        /** A token from runner.pickData, or null for no data file. */
        dataFile: z.string().min(1).max(2048).nullable(),
        delayMs: z.number().int().min(0).max(600_000),
        concurrency: z.number().int().min(1).max(50),
      })
      .strict(),
    'Runs a folder of the collection through the same runner as `parley run`; progress arrives as runner.progress events.',
  ),
  'runner.cancel': channel<{ readonly cancelled: boolean }>()(
    z.object({ runId }).strict(),
    'Stops a run: requests in flight are aborted, the rest are skipped.',
  ),
  'runner.result': channel<RunResult>()(
    z.object({ runId, index: z.number().int().min(0).max(10_000_000) }).strict(),
    'One finished request of a run, to open in the response inspector.',
  ),
  'runner.saveReport': channel<{ readonly saved: boolean }>()(
    z.object({ runId, kind: z.enum(runReportKinds) }).strict(),
    'Writes the run’s report (html, JUnit, JSON or text) where the user chooses in main’s save dialog; no secret is in it.',
  ),
} as const;

export const runnerEvents = {
  'runner.progress': event(
    z.object({ runId, index: z.number(), total: z.number(), entry: runEntrySchema }),
    'A request of a run finished (or was skipped): `index` opens it with runner.result.',
  ),
  'runner.finished': event(
    z.object({ runId, durationMs: z.number(), notices: z.array(z.string()), cancelled: z.boolean() }),
    'A run ended: every request finished, it bailed, or it was cancelled.',
  ),
} as const;
