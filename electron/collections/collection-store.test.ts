import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { createCollectionStore, type CollectionStore } from './collection-store';

let dir: string;
let store: CollectionStore;
const changes: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-collections-'));
  changes.length = 0;
  store = createCollectionStore({
    folder: () => dir,
    profileIdByName: (provider, name) => (provider === 'apsis' && name === 'Demo' ? 'p-demo' : null),
    profileName: (id) => (id === 'p-demo' ? 'Demo' : null),
    secrets: () => [{ value: 'CANARY-secret-4242', variable: 'apiKey' }],
    onChange: (changed) => changes.push(changed),
  });
});

afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

const apsisDraft = (params: Record<string, unknown>): RequestDraft => ({
  ...emptyDraft('apsis'),
  profileId: 'p-demo',
  provider: { endpointId: 'mailinglists.list', params },
});

describe('collections on disk', () => {
  it('saves one readable YAML file per request, with the profile by name and no secret in it', async () => {
    const item = await store.save({
      name: 'Get mailing lists',
      draft: apsisDraft({ key: 'CANARY-secret-4242', PageSize: 10 }),
      file: null,
    });
    expect(item.file).toBe('get-mailing-lists.yaml');
    const text = await readFile(path.join(dir, item.file), 'utf8');
    expect(text).toContain('name: Get mailing lists');
    expect(text).toContain('profile: Demo');
    expect(text).not.toContain('CANARY-secret-4242');
    expect(text).toContain('{{apiKey}}');
    expect(text).not.toContain('p-demo');
    const listed = await store.list();
    expect(listed.items[0]).toMatchObject({
      name: 'Get mailing lists',
      sandbox: 'apsis',
      error: null,
      draft: { profileId: 'p-demo' },
    });
  });

  it('does not overwrite another request with the same name', async () => {
    await store.save({ name: 'Same', draft: apsisDraft({}), file: null });
    const second = await store.save({ name: 'Same', draft: apsisDraft({ a: 1 }), file: null });
    expect(second.file).toBe('same-2.yaml');
    expect((await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort()).toEqual(['same-2.yaml', 'same.yaml']);
  });

  it('picks up a file edited outside the app and reports the change', async () => {
    const item = await store.save({ name: 'Edited', draft: apsisDraft({ PageSize: 10 }), file: null });
    await store.watch();
    const file = path.join(dir, item.file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('PageSize: 10', 'PageSize: 25'));
    await expect.poll(() => changes.length, { timeout: 3000 }).toBeGreaterThan(0);
    const listed = await store.list();
    expect(listed.items[0]?.draft?.provider?.params).toEqual({ PageSize: 25 });
  });

  it('lists a malformed file with its error instead of dropping it', async () => {
    await writeFile(path.join(dir, 'broken.yaml'), 'parley: 1\nname: Broken\nrequest: [unclosed\n');
    await writeFile(path.join(dir, 'foreign.json'), JSON.stringify({ info: { name: 'A Postman collection' } }));
    const { items } = await store.list();
    expect(items.map((i) => [i.file, i.draft === null, Boolean(i.error)])).toEqual([
      ['broken.yaml', true, true],
      ['foreign.json', true, true],
    ]);
    expect(items.find((i) => i.file === 'foreign.json')?.error).toContain('Not a Parley request');
  });
});
