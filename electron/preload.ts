/**
 * Runs in the sandboxed preload: exposes `window.parley` (the shared bridge over ipcRenderer) and
 * nothing else. No Node API reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, EVENT_CHANNEL } from '../shared/ipc/bridge';
import type { EventName } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/errors';

const bridge = createBridge({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, message: { name: EventName; payload: unknown }) =>
      listener(message.name, message.payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
});

contextBridge.exposeInMainWorld('parley', bridge);
