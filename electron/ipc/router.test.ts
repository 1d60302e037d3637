import { describe, expect, it, vi } from 'vitest';
import { HandlerError } from '../../shared/ipc/errors';
import { createRouter, type Handlers } from './router';

const trusted = 'parley://app/index.html';

function routerWith(overrides: Partial<Handlers> = {}, onHandlerError = vi.fn()) {
  const handlers = {
    'app.info': () => ({
      name: 'Parley',
      version: '1.0.0',
      platform: 'linux',
      versions: { node: '20', electron: null, chrome: null },
      paths: { data: '/d', bodies: '/d/b', history: '/d/h' },
    }),
    'settings.get': () => {
      throw new Error('disk on fire');
    },
    'settings.update': (patch: object) => patch,
    ...overrides,
  } as unknown as Handlers;
  return {
    router: createRouter(handlers, { isTrustedSender: (url) => url.startsWith('parley://app/'), onHandlerError }),
    onHandlerError,
  };
}

describe('IPC router', () => {
  it('serves a valid call from the app frame', async () => {
    const { router } = routerWith();
    await expect(router.dispatch('app.info', {}, { senderUrl: trusted })).resolves.toMatchObject({
      ok: true,
      value: { name: 'Parley' },
    });
  });

  it('answers an unknown channel with a typed error', async () => {
    const { router } = routerWith();
    await expect(router.dispatch('fs.readEverything', {}, { senderUrl: trusted })).resolves.toEqual({
      ok: false,
      error: {
        code: 'unknown-channel',
        channel: 'fs.readEverything',
        message: 'No channel named "fs.readEverything".',
      },
    });
  });

  it('refuses a frame that is not the app', async () => {
    const { router } = routerWith();
    const result = await router.dispatch('app.info', {}, { senderUrl: 'https://example.com/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it.each([
    ['wrong types', { theme: 42 }, 'theme'],
    ['extra keys', { theme: 'dark', evil: true }, 'evil'],
    ['out of range', { connectTimeoutMs: -1 }, 'connectTimeoutMs'],
  ])('rejects malformed input (%s) with the offending field named', async (_label, input, field) => {
    const { router } = routerWith();
    const result = await router.dispatch('settings.update', input, { senderUrl: trusted });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain(field === 'evil' ? 'evil' : field);
  });

  it('refuses a 10 MB string before a handler sees it, and keeps working', async () => {
    const update = vi.fn((patch: object) => patch);
    const { router } = routerWith({ 'settings.update': update } as Partial<Handlers>);
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const result = await router.dispatch('settings.update', { proxyUrl: huge }, { senderUrl: trusted });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(update).not.toHaveBeenCalled();
    const tiny = createRouter({} as Handlers, { isTrustedSender: () => true, maxInputBytes: 1024 });
    await expect(tiny.dispatch('settings.update', { proxyUrl: huge }, { senderUrl: trusted })).resolves.toMatchObject({
      ok: false,
      error: { code: 'payload-too-large' },
    });
    await expect(router.dispatch('settings.update', { theme: 'dark' }, { senderUrl: trusted })).resolves.toEqual({
      ok: true,
      value: { theme: 'dark' },
    });
  });

  it('turns a throwing handler into a typed error, reports it, and keeps serving', async () => {
    const { router, onHandlerError } = routerWith();
    const result = await router.dispatch('settings.get', {}, { senderUrl: trusted });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'handler-failed', message: 'settings.get failed: disk on fire' },
    });
    expect(onHandlerError).toHaveBeenCalledWith('settings.get', expect.any(Error));
    await expect(router.dispatch('app.info', {}, { senderUrl: trusted })).resolves.toMatchObject({ ok: true });
  });

  it('passes a HandlerError message through with its code, without reporting it as a crash', async () => {
    const { router, onHandlerError } = routerWith({
      'settings.get': () => {
        throw new HandlerError('not-found', 'No such profile');
      },
    } as Partial<Handlers>);
    await expect(router.dispatch('settings.get', {}, { senderUrl: trusted })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'No such profile' },
    });
    expect(onHandlerError).not.toHaveBeenCalled();
  });
});
