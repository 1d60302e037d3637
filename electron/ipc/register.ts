import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/contract';
import type { Router } from './router';

/** Registers exactly the contract's channels on ipcMain, each forwarding to the router with its sender. */
export function registerIpc(ipcMain: IpcMain, router: Router): readonly string[] {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      router.dispatch(channel, input, { senderUrl: event.senderFrame?.url ?? '' }),
    );
  }
  return channelNames;
}
