import { describe, expect, it } from 'vitest';
import { chromeSandboxProblem } from './linux-sandbox.mjs';

const binary = '/home/u/parley/node_modules/electron/dist/electron';
const helper = '/home/u/parley/node_modules/electron/dist/chrome-sandbox';
const ubuntu2404 = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n' } as Record<string, string>;

const system = (over: Partial<Parameters<typeof chromeSandboxProblem>[0]> = {}) => ({
  platform: 'linux',
  electronBinary: binary,
  stat: (file: string) => (file === helper ? { uid: 1000, mode: 0o100755 } : null),
  readText: (file: string) => ubuntu2404[file] ?? null,
  ...over,
});

describe('the Linux sandbox check before npm start', () => {
  it('on Ubuntu 24.04 with the helper as npm installed it: names the helper and both fixes, never --no-sandbox as a fix', () => {
    const message = chromeSandboxProblem(system());
    expect(message).toContain(helper);
    expect(message).toContain(`sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`);
    expect(message).toContain('apparmor_parser -r /etc/apparmor.d/parley-electron');
    expect(message).toContain(`profile parley-electron ${binary}`);
    expect(message).toContain('does not run without its sandbox');
  });

  it('lets Electron start once the helper is setuid root, where namespaces are allowed, and off Linux', () => {
    expect(chromeSandboxProblem(system({ stat: () => ({ uid: 0, mode: 0o104755 }) }))).toBeNull();
    expect(chromeSandboxProblem(system({ readText: () => null }))).toBeNull();
    expect(
      chromeSandboxProblem(
        system({ readText: (f) => (f.endsWith('apparmor_restrict_unprivileged_userns') ? '0' : null) }),
      ),
    ).toBeNull();
    expect(chromeSandboxProblem(system({ platform: 'darwin' }))).toBeNull();
    expect(chromeSandboxProblem(system({ stat: () => null }))).toBeNull();
  });

  it('catches kernels that turn user namespaces off altogether (Debian’s unprivileged_userns_clone)', () => {
    const debian = { '/proc/sys/kernel/unprivileged_userns_clone': '0' } as Record<string, string>;
    expect(chromeSandboxProblem(system({ readText: (f) => debian[f] ?? null }))).toContain('chmod 4755');
  });
});
