/**
 * Peer tools the benchmarks compare Parley with (newman, bru), installed once into a pinned cache folder
 * (bench/.peers, ignored by git) instead of devDependencies: they are large, only the bench needs them,
 * and `npm ci` for the app and its tests stays as small as it is.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const peersDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.peers');

export const peerVersions = { newman: '6.2.2', '@usebruno/cli': '4.1.0' } as const;
export type Peer = keyof typeof peerVersions;

const binaries: Record<Peer, string> = { newman: 'newman', '@usebruno/cli': 'bru' };

/** The peer's executable, installing it on first use; null (with the reason) when it cannot be installed. */
export async function peerBinary(peer: Peer): Promise<{ path: string } | { missing: string }> {
  // One folder per peer: npm prunes what a folder's manifest does not list, so peers cannot share one.
  const folder = path.join(peersDir, peer.replace(/[@/]/g, '_'));
  const binary = path.join(folder, 'node_modules', '.bin', binaries[peer]);
  if (existsSync(binary)) return { path: binary };
  await mkdir(folder, { recursive: true });
  try {
    await run(
      'npm',
      ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', `${peer}@${peerVersions[peer]}`],
      {
        timeout: 900_000,
      },
    );
  } catch (error) {
    return { missing: `npm could not install ${peer}@${peerVersions[peer]}: ${String(error).slice(0, 200)}` };
  }
  return existsSync(binary) ? { path: binary } : { missing: `${peer} installed without its ${binaries[peer]} binary` };
}
