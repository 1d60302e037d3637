/**
 * The collection runner: a folder's saved requests run in main by the same runner as `parley run`, with
 * iterations, a data file, a delay and concurrency. Progress arrives as events; each finished request shows
 * its status, time and assertions, opens in the response inspector, and the finished run's report is saved
 * by main where the user chooses.
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { EventPayload } from '../../../../shared/ipc/contract';
import { runReportKinds, type PickedDataFile, type RunReportKind } from '../../../../shared/ipc/channels/runner';
import { entryFailed, type RunEntry } from '../../../../shared/run/report';
import { errorMessage } from '../../../../shared/values';
import { useFocusTrap } from '../../app/useFocusTrap';
import { invoke } from '../../ipc/client';
import { useIpcEvent } from '../../ipc/hooks';
import type { RunResult } from '../../../../shared/ipc/channels/runner';
import './runner.css';

interface Props {
  /** The folder inside the collection, '' for all of it. */
  readonly folder: string;
  /** Hidden while a result is open in the inspector: the run and its results stay. */
  readonly hidden: boolean;
  readonly onOpenResult: (result: RunResult) => void;
  readonly onClose: () => void;
}

interface Run {
  readonly runId: string;
  readonly total: number;
}

type Finished = Omit<EventPayload<'runner.finished'>, 'runId'>;

const reportLabels: Record<RunReportKind, string> = { html: 'HTML', junit: 'JUnit XML', json: 'JSON', cli: 'Text' };

const whole = (text: string, min: number, fallback: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= min ? value : fallback;
};

function Row({ index, entry, onOpen }: { index: number; entry: RunEntry; onOpen: (index: number) => void }) {
  const failed = !entry.skipped && entryFailed(entry);
  const state = entry.skipped ? 'skipped' : failed ? 'failed' : 'passed';
  return (
    <li
      className={`runner-row runner-${state}`}
      aria-label={`${entry.request}, iteration ${entry.iteration}: ${state}`}
    >
      <span className="runner-mark" aria-hidden="true">
        {entry.skipped ? '–' : failed ? '✗' : '✓'}
      </span>
      <span className="runner-iteration">
        {entry.iteration}
        {entry.dataRow === null ? '' : `:${entry.dataRow}`}
      </span>
      <span className="runner-request">{entry.request}</span>
      <span className="runner-status">{entry.skipped ? 'skip' : (entry.status ?? 'ERR')}</span>
      <span className="runner-time">{entry.skipped ? '' : `${Math.round(entry.timeMs)} ms`}</span>
      <button type="button" className="link" disabled={entry.skipped} onClick={() => onOpen(index)}>
        Open
      </button>
      {entry.error || entry.assertions.length > 0 ? (
        <ul className="runner-assertions">
          {entry.error ? <li className="runner-assertion-failed">{entry.error}</li> : null}
          {entry.assertions.map((assertion) => (
            <li
              key={assertion.name}
              className={assertion.passed ? 'runner-assertion-passed' : 'runner-assertion-failed'}
            >
              {assertion.passed ? '✓' : '✗'} {assertion.name}
              {assertion.passed ? null : (
                <span className="runner-actual">
                  {' '}
                  — expected {assertion.expected}, actual {assertion.actual}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function RunnerView({ folder, hidden, onOpenResult, onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialog);
  const [iterations, setIterations] = useState('1');
  const [delayMs, setDelayMs] = useState('0');
  const [concurrency, setConcurrency] = useState('1');
  const [data, setData] = useState<PickedDataFile | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reportKind, setReportKind] = useState<RunReportKind>('html');
  const [saved, setSaved] = useState<string | null>(null);
  // Events may arrive before runner.start answers: they are kept by run id until the view knows its run.
  const [entries, setEntries] = useState<ReadonlyMap<string, readonly { index: number; entry: RunEntry }[]>>(new Map());
  const [finished, setFinished] = useState<ReadonlyMap<string, Finished>>(new Map());
  const queryClient = useQueryClient();

  useIpcEvent(
    'runner.progress',
    useCallback(({ runId, index, entry }: EventPayload<'runner.progress'>) => {
      setEntries((current) => new Map(current).set(runId, [...(current.get(runId) ?? []), { index, entry }]));
    }, []),
  );
  useIpcEvent(
    'runner.finished',
    useCallback(
      ({ runId, ...rest }: EventPayload<'runner.finished'>) => {
        setFinished((current) => new Map(current).set(runId, rest));
        // Each request of the run was recorded in history.
        void queryClient.invalidateQueries({ queryKey: ['history.list'] });
      },
      [queryClient],
    ),
  );

  const attempt = (work: () => Promise<void>) =>
    void work().then(
      () => setProblem(null),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  const start = () =>
    attempt(async () => {
      setSaved(null);
      const started = await invoke('runner.start', {
        folder,
        iterations: whole(iterations, 1, 1),
        dataFile: data?.token ?? null,
        delayMs: whole(delayMs, 0, 0),
        concurrency: whole(concurrency, 1, 1),
      });
      setRun(started);
    });
  const open = (index: number) =>
    attempt(async () => {
      if (run) onOpenResult(await invoke('runner.result', { runId: run.runId, index }));
    });

  const rows = run ? (entries.get(run.runId) ?? []) : [];
  const done = run ? finished.get(run.runId) : undefined;
  const running = run !== null && done === undefined;
  const sent = rows.filter((row) => !row.entry.skipped);
  const failedRequests = sent.filter((row) => entryFailed(row.entry)).length;
  const assertions = sent.flatMap((row) => row.entry.assertions);
  const failedAssertions = assertions.filter((assertion) => !assertion.passed).length;
  const title = folder ? `Run folder ${folder}` : 'Run the collection';

  return (
    <div className="runner-backdrop" hidden={hidden}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="runner-title"
        className="runner"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !running) onClose();
          else trapFocus(event);
        }}
      >
        <header className="runner-header">
          <h2 id="runner-title">{title}</h2>
          <button type="button" onClick={onClose} disabled={running}>
            Close
          </button>
        </header>
        <form
          className="runner-options"
          onSubmit={(event) => {
            event.preventDefault();
            if (!running) start();
          }}
        >
          <label>
            Iterations
            <input type="number" min={1} value={iterations} onChange={(e) => setIterations(e.target.value)} />
          </label>
          <span className="runner-data">
            Data file{' '}
            {data ? (
              <>
                <span className="runner-data-name">
                  {data.name} ({data.rows} {data.rows === 1 ? 'row' : 'rows'})
                </span>
                <button type="button" className="link" aria-label="Remove the data file" onClick={() => setData(null)}>
                  ×
                </button>
              </>
            ) : (
              <button
                type="button"
                onClick={() =>
                  attempt(async () => {
                    const picked = await invoke('runner.pickData', {});
                    if (picked) setData(picked);
                  })
                }
              >
                Choose…
              </button>
            )}
          </span>
          <label>
            Delay (ms)
            <input type="number" min={0} value={delayMs} onChange={(e) => setDelayMs(e.target.value)} />
          </label>
          <label>
            Concurrency
            <input
              type="number"
              min={1}
              max={50}
              value={concurrency}
              onChange={(e) => setConcurrency(e.target.value)}
            />
          </label>
          {running ? (
            <button
              type="button"
              onClick={() =>
                attempt(async () => {
                  await invoke('runner.cancel', { runId: run.runId });
                })
              }
            >
              Cancel
            </button>
          ) : (
            <button type="submit" className="primary">
              Run
            </button>
          )}
        </form>
        {problem ? (
          <p className="problem app-small" role="alert">
            {problem}
          </p>
        ) : null}
        {run ? (
          <div className="runner-progress" role="status" aria-live="polite">
            <progress max={run.total} value={rows.length} aria-label="Run progress" />
            <span>
              {rows.length} of {run.total} · {failedRequests} failed · {assertions.length - failedAssertions}/
              {assertions.length} assertions passed
              {done ? ` · ${done.cancelled ? 'cancelled' : 'finished'} in ${Math.round(done.durationMs)} ms` : ''}
            </span>
          </div>
        ) : (
          <p className="empty-state app-small">
            The requests run in their saved order, with their captures and assertions, through the same runner as{' '}
            <code>parley run</code>.
          </p>
        )}
        {done?.notices.map((notice) => (
          <p key={notice} className="runner-notice app-small" role="note">
            {notice}
          </p>
        ))}
        <ol className="runner-results" aria-label="Run results">
          {rows.map(({ index, entry }) => (
            <Row key={index} index={index} entry={entry} onOpen={open} />
          ))}
        </ol>
        {done && run ? (
          <footer className="runner-footer">
            <label>
              Report
              <select value={reportKind} onChange={(e) => setReportKind(e.target.value as RunReportKind)}>
                {runReportKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {reportLabels[kind]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                attempt(async () => {
                  const result = await invoke('runner.saveReport', { runId: run.runId, kind: reportKind });
                  setSaved(result.saved ? `Saved the ${reportLabels[reportKind]} report.` : null);
                })
              }
            >
              Save report…
            </button>
            {saved ? <span role="status">{saved}</span> : null}
          </footer>
        ) : null}
      </div>
    </div>
  );
}
