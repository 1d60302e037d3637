/** React Query hooks over the typed IPC client. Query keys are [channel, input]. */
import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput, EventName, EventPayload } from '../../../shared/ipc/contract';
import { invoke, subscribe } from './client';

export function useIpcQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options?: Omit<UseQueryOptions<ChannelOutput<C>>, 'queryKey' | 'queryFn'>,
) {
  return useQuery<ChannelOutput<C>>({ queryKey: [channel, input], queryFn: () => invoke(channel, input), ...options });
}

/** A mutation over one channel; `invalidates` lists the channels whose queries become stale on success. */
export function useIpcMutation<C extends ChannelName>(channel: C, invalidates: readonly ChannelName[] = []) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => invoke(channel, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((name) => client.invalidateQueries({ queryKey: [name] })));
    },
  });
}

export function useIpcEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  useEffect(() => subscribe(event, listener), [event, listener]);
}
