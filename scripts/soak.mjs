// `npm run soak`: the long versions of the robustness tests — 10,000 fuzzed inputs per IPC channel and
// 200 SIGKILLs of a writing process — which `npm test` runs at 500 and 30.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', 'electron/ipc/ipc-fuzz.test.ts', 'electron/store/kill-loop.test.ts'],
  { stdio: 'inherit', env: { ...process.env, PARLEY_SOAK: '1' } },
);
process.exit(result.status ?? 1);
