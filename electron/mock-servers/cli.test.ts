import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { providerIds } from '../../shared/providers/registry';

describe('npm run mock', () => {
  it('starts every registered provider’s mock and prints one JSON line of reachable base URLs', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/mock-servers/cli.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const urls = JSON.parse(line) as Record<string, string>;
      expect(Object.keys(urls).sort()).toEqual([...providerIds].sort());
      for (const url of Object.values(urls)) {
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetch(url);
        expect(response.status).toBeGreaterThan(0);
      }
    } finally {
      child.kill('SIGTERM');
    }
  });
});
