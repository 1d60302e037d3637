import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createLogFile, watchWindowFailures, type FailureChoice } from './window-failures';

type Listener = (...args: unknown[]) => void;

function setUp(choice: FailureChoice) {
  const listeners = new Map<string, Listener>();
  const contents = { on: (name: string, l: Listener) => listeners.set(name, l), reload: vi.fn() };
  const deps = {
    log: vi.fn(),
    logFile: '/data/logs/main.log',
    showError: vi.fn(async (_title: string, _detail: string) => choice),
    quit: vi.fn(),
  };
  watchWindowFailures(contents as unknown as WebContents, deps);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { listeners, contents, deps, settle };
}

describe('a window that cannot show its page', () => {
  it('shows a visible error when the page fails to load, logs it, and reloads on request', async () => {
    const { listeners, contents, deps, settle } = setUp('reload');
    listeners.get('did-fail-load')?.({}, -6, 'ERR_FILE_NOT_FOUND', 'parley://app/index.html', true);
    await settle();
    expect(deps.showError).toHaveBeenCalledWith(
      'Parley could not open its window',
      expect.stringContaining('ERR_FILE_NOT_FOUND'),
    );
    expect(deps.showError.mock.calls[0]?.[1]).toContain('/data/logs/main.log');
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('parley://app/index.html'));
    expect(contents.reload).toHaveBeenCalled();
  });

  it('ignores aborted navigations and sub-frames', async () => {
    const { listeners, deps, settle } = setUp('quit');
    listeners.get('did-fail-load')?.({}, -3, 'ERR_ABORTED', 'parley://app/index.html', true);
    listeners.get('did-fail-load')?.({}, -6, 'ERR_FILE_NOT_FOUND', 'parley://app/frame.html', false);
    await settle();
    expect(deps.showError).not.toHaveBeenCalled();
  });

  it('reports a crashed page process and quits when asked to', async () => {
    const { listeners, deps, settle } = setUp('quit');
    listeners.get('render-process-gone')?.({}, { reason: 'clean-exit', exitCode: 0 });
    listeners.get('render-process-gone')?.({}, { reason: 'oom', exitCode: 9 });
    await settle();
    expect(deps.showError).toHaveBeenCalledTimes(1);
    expect(deps.showError.mock.calls[0]?.[1]).toContain('oom');
    expect(deps.quit).toHaveBeenCalled();
  });
});

describe('the log file', () => {
  it('appends time-stamped lines to a file only its user can read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-log-'));
    const file = path.join(dir, 'logs', 'main.log');
    const log = createLogFile(file);
    log('first');
    log('second');
    expect(readFileSync(file, 'utf8')).toMatch(/^\S+Z first\n\S+Z second\n$/);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    rmSync(dir, { recursive: true, force: true });
  });
});
