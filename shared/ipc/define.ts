import type { z } from 'zod';

/**
 * One IPC channel: the zod schema main validates the renderer's input with, and the output type the
 * renderer receives. The output is a phantom type: it exists only for the compiler.
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  readonly input: I;
  readonly summary: string;
  readonly output?: O;
}

/** `channel<Output>()(inputSchema, 'what it does')` — curried so the output type can be named alone. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I, summary: string): ChannelSpec<I, O> => ({ input, summary });
}

/** One event main may push to the renderer, with the schema of its payload. */
export interface EventSpec<P extends z.ZodType> {
  readonly payload: P;
  readonly summary: string;
}

export function event<P extends z.ZodType>(payload: P, summary: string): EventSpec<P> {
  return { payload, summary };
}
