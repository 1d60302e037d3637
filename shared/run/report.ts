/** What a collection run produced: one record per iteration × request, already free of secrets. */
import type { AssertionResult, CaptureResult } from './checks';

export interface RunEntry {
  /** 1-based. */
  readonly iteration: number;
  /** 1-based row of the data file that fed this iteration; null without a data file. */
  readonly dataRow: number | null;
  /** Collection and folder path, `/`-separated: `Mailing lists/Subscribers`. */
  readonly folder: string;
  readonly request: string;
  /** The request file, relative to the collection folder. */
  readonly file: string;
  readonly method: string;
  /** The URL as sent, secrets masked. */
  readonly url: string;
  readonly status: number | null;
  readonly timeMs: number;
  readonly sizeBytes: number;
  /** Why nothing (or no usable answer) came back: a transport error, a refused send, a stopped provider. */
  readonly error: string | null;
  /** True when the request was not sent because the run stopped (--bail, a guard, a cancel). */
  readonly skipped: boolean;
  readonly assertions: readonly AssertionResult[];
  readonly captures: readonly CaptureResult[];
}

export interface RunTotals {
  readonly requests: number;
  readonly failedRequests: number;
  readonly skippedRequests: number;
  readonly assertions: number;
  readonly failedAssertions: number;
}

export interface RunReport {
  readonly collection: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly iterations: number;
  readonly entries: readonly RunEntry[];
  /** Messages the whole run must show: a provider stopped by its ban guard, a paced wait. */
  readonly notices: readonly string[];
}

export function entryFailed(entry: RunEntry): boolean {
  return entry.error !== null || entry.assertions.some((assertion) => !assertion.passed);
}

export function runTotals(report: RunReport): RunTotals {
  const sent = report.entries.filter((entry) => !entry.skipped);
  const assertions = sent.flatMap((entry) => entry.assertions);
  return {
    requests: sent.length,
    failedRequests: sent.filter(entryFailed).length,
    skippedRequests: report.entries.length - sent.length,
    assertions: assertions.length,
    failedAssertions: assertions.filter((assertion) => !assertion.passed).length,
  };
}

/** Exit code 0 only when every assertion held, no request failed and none was skipped by a stop. */
export function runSucceeded(report: RunReport): boolean {
  const totals = runTotals(report);
  return totals.failedRequests === 0 && totals.skippedRequests === 0;
}
