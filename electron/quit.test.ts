import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQuitAfterDispose } from './quit';

afterEach(() => vi.useRealTimers());

describe('quitting', () => {
  it('holds the quit until the services are closed, then quits once', async () => {
    let finish: () => void = () => undefined;
    const dispose = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const quit = vi.fn();
    const beforeQuit = createQuitAfterDispose({ dispose, quit, log: vi.fn() });
    const first = { preventDefault: vi.fn() };
    beforeQuit(first);
    beforeQuit({ preventDefault: vi.fn() });
    expect(first.preventDefault).toHaveBeenCalled();
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    const last = { preventDefault: vi.fn() };
    beforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when closing never finishes, and says so in the log', async () => {
    vi.useFakeTimers();
    const quit = vi.fn();
    const log = vi.fn();
    const beforeQuit = createQuitAfterDispose({
      dispose: () => new Promise(() => undefined),
      quit,
      log,
      timeoutMs: 1000,
    });
    beforeQuit({ preventDefault: vi.fn() });
    await vi.advanceTimersByTimeAsync(1000);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('quitting anyway'));
  });

  it('quits when closing fails, and logs why', async () => {
    const quit = vi.fn();
    const log = vi.fn();
    createQuitAfterDispose({ dispose: async () => Promise.reject(new Error('disk gone')), quit, log })({
      preventDefault: vi.fn(),
    });
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk gone'));
  });
});
