/**
 * Queued jobs: a queued call gets an OperationGuid and a PollURL; the poll file says Waiting, Started,
 * then Completed with a DataUrl once the job's delay has passed (a fault switch sets the delay).
 */
import { json, type MockResponse } from '../http-kit';

interface Job {
  readonly guid: string;
  readonly createdAt: number;
  readonly data: unknown[];
}

export interface QueueOptions {
  /** How long a job takes: short, so tests and demo users see it complete. */
  delayMs: number;
  /** Jobs end in State -1 (Error) instead of completing. */
  fail: boolean;
}

export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private counter = 0;

  constructor(private readonly options: QueueOptions) {}

  /** Starts a job whose result is `data`; returns the Result of the queued call. */
  enqueue(origin: string, data: unknown[], now: number): { OperationGuid: string; PollURL: string } {
    this.counter += 1;
    const guid = `7a3c0000-0000-4000-8000-${String(this.counter).padStart(12, '0')}`;
    this.jobs.set(guid, { guid, createdAt: now, data });
    return { OperationGuid: guid, PollURL: `${origin}/queue/${guid}.json` };
  }

  /** Answers /queue/<guid>.json and /data/<guid>.json; undefined for any other path. */
  answer(origin: string, pathname: string, now: number): MockResponse | undefined {
    const match = /^\/(queue|data)\/([\w-]+)\.json$/.exec(pathname);
    if (!match) return undefined;
    const job = this.jobs.get(match[2] ?? '');
    if (!job) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'File not found' };
    const elapsed = now - job.createdAt;
    const done = elapsed >= this.options.delayMs;
    if (match[1] === 'data')
      return done && !this.options.fail
        ? json(200, job.data)
        : { status: 404, headers: { 'content-type': 'text/plain' }, body: 'File not found' };
    const poll = (State: string, StateName: string, Message: string, DataUrl: string | null) =>
      json(200, { OperationGuid: job.guid, State, StateName, Message, DataUrl });
    if (!done)
      return elapsed < this.options.delayMs / 2
        ? poll('0', 'Waiting', 'Waiting in queue', null)
        : poll('1', 'Started', 'Processing', null);
    if (this.options.fail) return poll('-1', 'Error', 'The job failed on the server', null);
    return poll('2', 'Completed', 'Completed', `${origin}/data/${job.guid}.json`);
  }

  clear(): void {
    this.jobs.clear();
    this.counter = 0;
  }
}
