import type { ParleyBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e harness): the renderer's only way to reach main. */
    readonly parley: ParleyBridge;
  }
}

export {};
