/**
 * The app's runner: "Run folder…" runs a folder of the collection through the same runner and pipeline as
 * `parley run`, with the app's profiles, pacing and ban guard, recording each exchange in history. Progress
 * goes to the window as events; the last runs' results stay in memory so each one opens in the inspector,
 * and a finished run's report is written where the user chooses, masked of every secret.
 */
import { randomUUID } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { RunReportKind, RunResult } from '../../shared/ipc/channels/runner';
import { HandlerError } from '../../shared/ipc/errors';
import type { RequestDraft } from '../../shared/request/draft';
import { redactText } from '../../shared/request/redact';
import type { RunReport } from '../../shared/run/report';
import type { Clock, Emit } from '../deps';
import type { MainDialogs } from '../dialogs/dialogs';
import type { FileGrants } from '../files/file-grants';
import type { Handlers } from '../ipc/router';
import { DataFileError, readDataFile } from './data-file';
import { CollectionLoadError, loadCollection } from './load-collection';
import { cliReport } from './reporters/cli';
import { htmlReport } from './reporters/html';
import { jsonReport } from './reporters/json';
import { junitReport } from './reporters/junit';
import { runCollection, type RunDeps } from './runner';

export interface AppRunnerDeps {
  readonly send: RunDeps['send'];
  readonly collectionDir: () => string;
  /** A request's profile from the name its file (or folder) gives; without a name, the provider's first profile. */
  readonly resolveProfile: (sandbox: RequestDraft['sandbox'], name: string | null) => string | null;
  readonly files: FileGrants;
  readonly dialogs: Pick<MainDialogs, 'openFile' | 'saveFile'>;
  readonly emit: Emit;
  readonly clock: Clock;
  /** Every secret value the app holds: a saved report is masked of each. */
  readonly secretValues: () => readonly string[];
}

interface RunState {
  readonly controller: AbortController;
  readonly results: RunResult[];
  report: RunReport | null;
}

/** Runs kept for opening results and saving reports; older ones are dropped. */
const KEPT_RUNS = 3;

const reportFile: Record<RunReportKind, { name: string; filter: string; extensions: string[] }> = {
  html: { name: 'report.html', filter: 'HTML report', extensions: ['html'] },
  junit: { name: 'junit.xml', filter: 'JUnit XML', extensions: ['xml'] },
  json: { name: 'report.json', filter: 'JSON report', extensions: ['json'] },
  cli: { name: 'report.txt', filter: 'Text report', extensions: ['txt'] },
};
const render: Record<RunReportKind, (report: RunReport) => string> = {
  html: htmlReport,
  junit: junitReport,
  json: jsonReport,
  cli: cliReport,
};

type RunnerHandlers = Pick<
  Handlers,
  'runner.pickData' | 'runner.start' | 'runner.cancel' | 'runner.result' | 'runner.saveReport'
>;

export function createAppRunner(deps: AppRunnerDeps): { handlers: RunnerHandlers; cancelAll(): void } {
  const runs = new Map<string, RunState>();
  const runOf = (runId: string) => {
    const run = runs.get(runId);
    if (!run) throw new HandlerError('not-found', 'That run is no longer kept: run the folder again.');
    return run;
  };

  const handlers: RunnerHandlers = {
    'runner.pickData': async () => {
      const picked = await deps.dialogs.openFile({
        title: 'Choose a data file: one iteration per row',
        filters: [{ name: 'CSV or JSON', extensions: ['csv', 'json'] }],
      });
      if (!picked) return null;
      try {
        const rows = await readDataFile(picked);
        return { token: deps.files.grant(picked), name: path.basename(picked), rows: rows.length };
      } catch (error) {
        if (error instanceof DataFileError) throw new HandlerError('conflict', error.message);
        throw error;
      }
    },

    'runner.start': async ({ folder, iterations, dataFile, delayMs, concurrency }) => {
      const root = deps.collectionDir();
      let data: Record<string, string>[] | null = null;
      if (dataFile !== null) {
        const file = deps.files.resolve(dataFile);
        if (!file) throw new HandlerError('conflict', 'Choose the data file again: it was picked in another session.');
        await stat(file).catch(() => {
          throw new HandlerError('not-found', `The data file ${path.basename(file)} is gone.`);
        });
        try {
          data = await readDataFile(file);
        } catch (error) {
          if (error instanceof DataFileError) throw new HandlerError('conflict', error.message);
          throw error;
        }
      }
      let collection;
      try {
        collection = await loadCollection(root, { folder: folder || undefined, resolveProfile: deps.resolveProfile });
      } catch (error) {
        if (error instanceof CollectionLoadError) throw new HandlerError('conflict', error.message);
        throw error;
      }
      const runId = randomUUID();
      const state: RunState = { controller: new AbortController(), results: [], report: null };
      runs.set(runId, state);
      for (const old of [...runs.keys()].slice(0, Math.max(0, runs.size - KEPT_RUNS))) runs.delete(old);
      const total = collection.items.length * iterations * (data && data.length > 0 ? data.length : 1);

      void runCollection(
        {
          collection: folder ? `${collection.name}/${folder}` : collection.name,
          items: collection.items,
          parallelFolders: collection.parallelFolders,
          iterations,
          data,
          variables: {},
          bail: false,
          delayMs,
          concurrency,
        },
        {
          send: deps.send,
          sleep: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
          now: () => deps.clock.now(),
          signal: state.controller.signal,
          onEntry(entry, { item, outcome }) {
            const index = state.results.length;
            const title = `${entry.request} · iteration ${entry.iteration}`;
            state.results.push({
              title,
              draft: item.draft,
              outcome: outcome ?? {
                requestId: randomUUID(),
                historyId: null,
                sent: null,
                response: null,
                error: null,
                interpretation: null,
                warnings: entry.error ? [entry.error] : [],
              },
            });
            deps.emit('runner.progress', {
              runId,
              index,
              total,
              entry: { ...entry, assertions: [...entry.assertions], captures: [...entry.captures] },
            });
          },
        },
      ).then(
        (report) => {
          state.report = report;
          deps.emit('runner.finished', {
            runId,
            durationMs: report.durationMs,
            notices: [...report.notices],
            cancelled: state.controller.signal.aborted,
          });
        },
        (error: unknown) =>
          deps.emit('runner.finished', {
            runId,
            durationMs: 0,
            notices: [`The run stopped: ${error instanceof Error ? error.message : String(error)}`],
            cancelled: true,
          }),
      );
      return { runId, total };
    },

    'runner.cancel': ({ runId }) => {
      const run = runs.get(runId);
      if (!run || run.report || run.controller.signal.aborted) return { cancelled: false };
      run.controller.abort();
      return { cancelled: true };
    },

    'runner.result': ({ runId, index }) => {
      const result = runOf(runId).results[index];
      if (!result) throw new HandlerError('not-found', 'That request of the run has not finished yet.');
      return result;
    },

    'runner.saveReport': async ({ runId, kind }) => {
      const run = runOf(runId);
      if (!run.report) throw new HandlerError('conflict', 'The run has not finished yet.');
      const file = reportFile[kind];
      const target = await deps.dialogs.saveFile({
        title: 'Save the run report',
        defaultName: file.name,
        filters: [{ name: file.filter, extensions: file.extensions }],
      });
      if (!target) return { saved: false };
      // Entries are already masked per exchange; this last pass catches any secret the app holds.
      await writeFile(target, redactText(render[kind](run.report), deps.secretValues()), 'utf8');
      return { saved: true };
    },
  };
  return { handlers, cancelAll: () => runs.forEach((run) => run.controller.abort()) };
}
