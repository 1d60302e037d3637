/** What a method handler of the APSIS mock gets to work with. */
import type { ApsisEndpointSpec } from '../../../shared/providers/apsis/catalog';
import type { MockResponse } from '../http-kit';
import type { ApsisState } from './data';
import { success } from './envelope';
import type { JobQueue } from './queue';

export interface MethodContext {
  readonly state: ApsisState;
  readonly endpoint: ApsisEndpointSpec;
  readonly path: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  /** scheme://host:port of the mock, for PollURL and DataUrl. */
  readonly origin: string;
  readonly queue: JobQueue;
  readonly now: number;
}

export type MethodHandler = (context: MethodContext) => MockResponse;

export const numberParam = (context: MethodContext, name: string): number =>
  Number(context.path[name] ?? context.query.get(name) ?? 0);

/** A queued call's first answer: the job's result appears at the DataUrl once it completes. */
export function queued(context: MethodContext, data: unknown[]): MockResponse {
  return success(context.queue.enqueue(context.origin, data, context.now), 'Request queued');
}
