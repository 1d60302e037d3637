/**
 * A worker thread of main that parses one huge JSON body and runs a JSONPath over it, so main's event loop
 * (every IPC call) keeps answering while hundreds of megabytes are parsed, and running out of heap ends this
 * thread, not the app.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../../shared/values';
import { queryJson } from './jsonpath-query';
import type { JsonPathJob, JsonPathReply } from './jsonpath-runner';

const job = workerData as JsonPathJob;
let reply: JsonPathReply;
try {
  const text = 'file' in job ? await readFile(job.file, 'utf8') : Buffer.from(job.bytes).toString('utf8');
  reply = { ok: true, ...queryJson(text, job.expression, job.limit) };
} catch (error) {
  reply = { ok: false, error: errorMessage(error) };
}
parentPort?.postMessage(reply);
