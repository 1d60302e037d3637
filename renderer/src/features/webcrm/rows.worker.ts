/// <reference lib="webworker" />
// Parses a large /Queries body off the main thread: the grid stays responsive while megabytes decode.
import { rowsFromBody } from './grid-data';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  scope.postMessage({ id: event.data.id, rows: rowsFromBody(event.data.text) });
};
