/**
 * A hostile renderer calls every channel of the real router with wrong types, huge strings, deep
 * nesting, `__proto__` keys and path strings. No call crashes a handler or hangs; nothing outside the
 * data folder changes; a refused call changes no stored byte; no prototype is polluted.
 * 500 inputs per channel here, 10,000 in `npm run soak` (PARLEY_SOAK=1).
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { inputsFor } from './fuzz/arbitraries';
import { fingerprint, startFuzzTarget, type FuzzTarget } from './fuzz/fuzz-target';

const soak = process.env.PARLEY_SOAK === '1';
const RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? (soak ? 10_000 : 500));
const CALL_DEADLINE_MS = 30_000;

async function withinDeadline(call: Promise<IpcResult<unknown>>, what: string): Promise<IpcResult<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CALL_DEADLINE_MS} ms`)),
      CALL_DEADLINE_MS,
    );
  });
  try {
    return await Promise.race([call, hang]);
  } finally {
    clearTimeout(timer);
  }
}

let target: FuzzTarget;
beforeEach(async () => {
  target = await startFuzzTarget();
});
afterEach(async () => {
  await target.dispose();
});

describe('IPC fuzzing over the real router', () => {
  it.each(channelNames.map((channel) => [channel]))(
    '%s survives hostile input',
    async (channel: ChannelName) => {
      const outsideBefore = fingerprint(target.outside);
      const cwdBefore = fs.readdirSync(process.cwd()).sort();
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(inputsFor(target.samples[channel], target.outside), async (input) => {
          const before = fingerprint(target.dataDir);
          const result = await withinDeadline(target.dispatch(channel, input), channel);
          target.main.outputs.splice(0);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            refused += 1;
            expect(result.error.code, result.error.message).not.toBe('handler-failed');
            expect(fingerprint(target.dataDir)).toBe(before);
          }
          expect(Object.prototype).not.toHaveProperty('polluted');
          expect(Object.prototype).not.toHaveProperty('isAdmin');
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      expect(fingerprint(target.outside)).toBe(outsideBefore);
      expect(fs.readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
      expect(refused).toBeGreaterThan(0);
    },
    soak ? 3_600_000 : 120_000,
  );
});
