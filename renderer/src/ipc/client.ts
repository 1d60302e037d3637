/** Typed calls over `window.parley`: the one place the renderer turns IPC results into values or errors. */
import type { ChannelInput, ChannelName, ChannelOutput, EventName, EventPayload } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/errors';

export class ParleyIpcError extends Error {
  constructor(readonly detail: IpcError) {
    super(detail.message);
    this.name = 'ParleyIpcError';
  }
}

export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await window.parley.invoke(channel, input);
  if (!result.ok) throw new ParleyIpcError(result.error);
  return result.value as ChannelOutput<C>;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.parley.on(event, (payload) => listener(payload as EventPayload<E>));
}
