import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { confDocumentOpener } from '../store/document';
import { createSessionStore } from './session-store';

const canary = 'CANARY-session-4b1c9e';

describe('session store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parley-session-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const draft: RequestDraft = {
    ...emptyDraft('http'),
    url: `https://api.example.com/items?key=${canary}`,
    headers: [
      { name: 'Authorization', value: 'Bearer typed-in-clear-token', enabled: true },
      { name: 'X-Trace', value: 'keep me', enabled: true },
    ],
    query: [{ name: 'api_key', value: '{{api_key}}', enabled: true }],
    body: { kind: 'json', text: `{"password":"${canary}"}` },
    auth: { kind: 'bearer', token: 'another-typed-token' },
  };

  it('writes drafts with known secrets, clear credentials and auth fields masked, and reads them back', async () => {
    const store = createSessionStore({ openDocument: confDocumentOpener(dir) }, () => [canary]);
    store.save({
      tabs: [{ id: 't1', title: 'Items', draft, savedDraft: null, collectionFile: null, scrollTop: 40 }],
      activeId: 't1',
      layout: { orientation: 'stacked', ratio: 0.4 },
    });
    store.flush();
    const files = await readdir(dir);
    const text = (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
    for (const secret of [canary, 'typed-in-clear-token', 'another-typed-token']) expect(text).not.toContain(secret);
    expect(text).toContain('keep me');

    const restored = createSessionStore({ openDocument: confDocumentOpener(dir) }, () => []).read();
    const tab = restored?.tabs[0];
    expect(tab?.draft.headers[0]?.value).toBe('Bearer ••••');
    expect(tab?.draft.query[0]?.value).toBe('{{api_key}}');
    expect(tab?.draft.auth).toEqual({ kind: 'bearer', token: '••••' });
    expect(tab?.draft.url).toBe('https://api.example.com/items?key=••••');
    expect(tab?.scrollTop).toBe(40);
    expect(restored?.layout).toEqual({ orientation: 'stacked', ratio: 0.4 });
  });

  it('keeps the last of several quick saves', () => {
    const store = createSessionStore({ openDocument: confDocumentOpener(dir) }, () => []);
    for (const title of ['one', 'two', 'three'])
      store.save({
        tabs: [{ id: 't1', title, draft: emptyDraft('http'), savedDraft: null, collectionFile: null, scrollTop: 0 }],
        activeId: 't1',
        layout: null,
      });
    store.dispose();
    expect(createSessionStore({ openDocument: confDocumentOpener(dir) }, () => []).read()?.tabs[0]?.title).toBe(
      'three',
    );
  });
});
