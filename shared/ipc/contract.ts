/**
 * The IPC contract: everything the renderer may ask of main, and every event main may push.
 * Each feature keeps its channels in `channels/<feature>.ts`; this file is the table of contents.
 * Adding a feature's channels is one spread below; the preload and main pick it up from here.
 */
import type { z } from 'zod';
import type { ChannelSpec, EventSpec } from './define';
import { appChannels } from './channels/app';
import { appEvents } from './channels/app-events';
import { profilesChannels } from './channels/profiles';
import { requestChannels, requestEvents } from './channels/request';
import { collectionChannels, collectionEvents } from './channels/collections';
import { responseChannels } from './channels/response';
import { historyChannels } from './channels/history';
import { fileChannels } from './channels/files';
import { variableChannels } from './channels/variables';
import { codeChannels } from './channels/code';
import { mockChannels } from './channels/mocks';
import { importChannels } from './channels/import';
import { sessionChannels } from './channels/session';
import { runnerChannels, runnerEvents } from './channels/runner';

export const contract = {
  ...appChannels,
  ...profilesChannels,
  ...requestChannels,
  ...collectionChannels,
  ...responseChannels,
  ...historyChannels,
  ...fileChannels,
  ...variableChannels,
  ...codeChannels,
  ...mockChannels,
  ...importChannels,
  ...sessionChannels,
  ...runnerChannels,
} as const;

export const events = {
  ...appEvents,
  ...requestEvents,
  ...collectionEvents,
  ...runnerEvents,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type EventName = keyof typeof events;

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

export const channelNames = Object.keys(contract) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export type { ChannelSpec, EventSpec };
