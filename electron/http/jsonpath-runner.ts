/**
 * Runs JSONPath over a stored body in a worker thread (jsonpath-worker.ts): one worker per query, ended when it
 * answers, when its heap runs out, or when the runner is disposed.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JsonPathMatches } from './jsonpath-query';

export type JsonPathJob = { readonly expression: string; readonly limit: number } & (
  { readonly file: string } | { readonly bytes: Uint8Array }
);

export type JsonPathReply = ({ readonly ok: true } & JsonPathMatches) | { readonly ok: false; readonly error: string };

export interface JsonPathRunner {
  run(job: JsonPathJob): Promise<JsonPathMatches>;
  dispose(): Promise<void>;
}

export interface JsonPathRunnerOptions {
  /** The worker's V8 old-generation limit: a body whose parse needs more fails with a message. */
  readonly maxHeapMb: number;
}

/**
 * The bundled main loads the built worker beside it (dist/electron/jsonpath-worker.mjs). Run from source (unit
 * tests, the e2e harness) the worker is TypeScript: a one-line bootstrap registers tsx in the thread first.
 */
function startWorker(job: JsonPathJob, maxHeapMb: number): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./jsonpath-worker.mjs', import.meta.url), options);
  // tsx's ESM API (its "import" export of tsx/esm/api), found from its package folder.
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs');
  const worker = new URL('./jsonpath-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export function createJsonPathRunner(options: JsonPathRunnerOptions): JsonPathRunner {
  const running = new Set<Worker>();
  return {
    run(job) {
      const worker = startWorker(job, options.maxHeapMb);
      running.add(worker);
      return new Promise<JsonPathMatches>((resolve, reject) => {
        let settled = false;
        const settle = (action: () => void) => {
          if (settled) return;
          settled = true;
          running.delete(worker);
          void worker.terminate();
          action();
        };
        worker.once('message', (reply: JsonPathReply) =>
          settle(() => (reply.ok ? resolve(reply) : reject(new Error(reply.error)))),
        );
        worker.once('error', (error: Error & { code?: string }) =>
          settle(() =>
            reject(
              new Error(
                error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                  ? `Parsing this body needs more than ${options.maxHeapMb} MB of memory: JSONPath cannot run over it.`
                  : `JSONPath failed: ${error.message}`,
              ),
            ),
          ),
        );
        worker.once('exit', () => settle(() => reject(new Error('JSONPath was stopped before it finished.'))));
      });
    },
    async dispose() {
      const workers = [...running];
      running.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
