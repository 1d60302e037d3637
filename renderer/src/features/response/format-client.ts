/** One shared format worker; each call is a promise answered by id. */
import type { BodyKind } from './format';
import type { FormatRequest, FormatResponse } from './format-protocol';

export interface PreparedText {
  readonly text: string;
  readonly offsets: Uint32Array;
  /** Why the text is shown unformatted (invalid JSON), with where. */
  readonly problem?: string;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (value: PreparedText) => void; reject: (error: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./format.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FormatResponse>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if (event.data.ok)
        waiting.resolve({ text: event.data.text, offsets: event.data.offsets, problem: event.data.problem });
      else waiting.reject(new Error(event.data.error));
    };
  }
  return worker;
}

type Payload = FormatRequest extends infer R ? (R extends FormatRequest ? Omit<R, 'id'> : never) : never;

function call(payload: Payload): Promise<PreparedText> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ ...payload, id });
  });
}

export const prepareText = (text: string, kind: BodyKind, pretty: boolean) =>
  call({ op: 'prepare', text, kind, pretty });
export const runJsonPath = (text: string, expression: string) => call({ op: 'jsonpath', text, expression });
