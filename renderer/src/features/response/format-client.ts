/**
 * The format worker's client: one worker for the app, created on the first call; each call is a promise
 * answered by id. Created by FormatClientProvider and terminated when the app goes away.
 */
import type { BodyKind } from './format';
import type { FormatRequest, FormatResponse } from './format-protocol';

export interface PreparedText {
  readonly text: string;
  readonly offsets: Uint32Array;
  /** Why the text is shown unformatted (invalid JSON), with where. */
  readonly problem?: string;
}

export interface FormatClient {
  prepareText(text: string, kind: BodyKind, pretty: boolean): Promise<PreparedText>;
  runJsonPath(text: string, expression: string): Promise<PreparedText>;
  /** Ends the worker; calls still waiting fail. */
  dispose(): void;
}

type Payload = FormatRequest extends infer R ? (R extends FormatRequest ? Omit<R, 'id'> : never) : never;

/** The app's worker; tests may pass another. */
export const startFormatWorker = (): Worker =>
  new Worker(new URL('./format.worker.ts', import.meta.url), { type: 'module' });

export function createFormatClient(startWorker: () => Worker = startFormatWorker): FormatClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: PreparedText) => void; reject: (error: Error) => void }>();

  const getWorker = (): Worker => {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = (event: MessageEvent<FormatResponse>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if (event.data.ok)
        waiting.resolve({ text: event.data.text, offsets: event.data.offsets, problem: event.data.problem });
      else waiting.reject(new Error(event.data.error));
    };
    worker = started;
    return started;
  };

  const call = (payload: Payload): Promise<PreparedText> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      getWorker().postMessage({ ...payload, id });
    });
  };

  return {
    prepareText: (text, kind, pretty) => call({ op: 'prepare', text, kind, pretty }),
    runJsonPath: (text, expression) => call({ op: 'jsonpath', text, expression }),
    dispose() {
      worker?.terminate();
      worker = null;
      for (const waiting of pending.values()) waiting.reject(new Error('The window is closing.'));
      pending.clear();
    },
  };
}
