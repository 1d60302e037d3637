// Ubuntu 23.10+ restricts unprivileged user namespaces (AppArmor), so Chromium falls back to its setuid
// sandbox helper, and aborts when node_modules/electron/dist/chrome-sandbox is not root-owned with mode
// 4755 (npm cannot install it so). This finds that case before Electron starts and names both fixes.
// Parley never falls back to --no-sandbox.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const RESTRICTIONS = [
  ['/proc/sys/kernel/apparmor_restrict_unprivileged_userns', '1'],
  ['/proc/sys/kernel/unprivileged_userns_clone', '0'],
  ['/proc/sys/user/max_user_namespaces', '0'],
];

/**
 * @param {{
 *   platform: string;
 *   electronBinary: string;
 *   stat: (file: string) => { uid: number; mode: number } | null;
 *   readText: (file: string) => string | null;
 * }} system
 * @returns {string | null} the message to print, or null when Electron's sandbox can start
 */
export function chromeSandboxProblem(system) {
  if (system.platform !== 'linux') return null;
  const helper = path.join(path.dirname(system.electronBinary), 'chrome-sandbox');
  const info = system.stat(helper);
  if (!info) return null;
  const setuidRoot = info.uid === 0 && (info.mode & 0o4000) !== 0 && (info.mode & 0o755) === 0o755;
  if (setuidRoot) return null;
  const restricted = RESTRICTIONS.some(([file, value]) => system.readText(file)?.trim() === value);
  if (!restricted) return null;
  return [
    'Parley cannot start: this system restricts unprivileged user namespaces (Ubuntu 23.10 and later do),',
    'so Electron needs its sandbox helper, and it is not owned by root with mode 4755:',
    `  ${helper}`,
    '',
    'Fix it once, either way:',
    '  1. Make the helper setuid root:',
    `       sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`,
    '  2. Or let this Electron create user namespaces with an AppArmor profile:',
    `       printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile parley-electron ${system.electronBinary} flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee /etc/apparmor.d/parley-electron`,
    '       sudo apparmor_parser -r /etc/apparmor.d/parley-electron',
    '',
    'Parley does not run without its sandbox (--no-sandbox). The deb and rpm packages install the helper correctly.',
  ].join('\n');
}

/** Prints the problem and exits when Electron's sandbox cannot start here (npm start, npm run dev). */
export function exitIfSandboxCannotStart(electronBinary) {
  const problem = chromeSandboxProblem({
    platform: process.platform,
    electronBinary,
    stat: (file) => {
      try {
        return statSync(file);
      } catch {
        return null;
      }
    },
    readText: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
  });
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
