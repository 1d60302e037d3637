import { chmod, mkdtemp, readdir, readFile, rm, writeFile, mkdir, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { createCollectionStore, type CollectionStore } from './collection-store';

let dir: string;
let store: CollectionStore;
const kept: { name: string; value: string; url: string }[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-tree-'));
  kept.length = 0;
  store = createCollectionStore({
    folder: () => dir,
    profileIdByName: () => null,
    profileName: () => null,
    secrets: () => [],
    onChange: () => undefined,
    keepCredential: (credential) => {
      kept.push(credential);
      return 'authorization';
    },
  });
});

afterEach(async () => {
  store.close();
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string): RequestDraft => ({ ...emptyDraft('http'), url });
const read = (relative: string) => readFile(path.join(dir, relative), 'utf8');
const tree = async () => (await store.list()).items.map((item) => `${item.file}=${item.name}`);

describe('a collection as a folder tree', () => {
  it('saves into nested folders, reorders, moves, renames, duplicates, deletes and undoes with the files matching', async () => {
    const users = await store.createFolder('', 'Users');
    const admin = await store.createFolder(users, 'Admin');
    expect(admin).toBe('users/admin');
    const a = await store.save({ name: 'List users', draft: get('http://h/users'), file: null, folder: users });
    const b = await store.save({ name: 'Get user', draft: get('http://h/users/1'), file: null, folder: users });
    const c = await store.save({ name: 'Admins', draft: get('http://h/admins'), file: null, folder: admin });
    expect([a.file, b.file, c.file]).toEqual([
      'users/list-users.yaml',
      'users/get-user.yaml',
      'users/admin/admins.yaml',
    ]);
    expect(await tree()).toEqual([
      'users/admin/admins.yaml=Admins',
      'users/get-user.yaml=Get user',
      'users/list-users.yaml=List users',
    ]);

    await store.reorder(users, ['list-users.yaml', 'get-user.yaml', 'admin/']);
    expect(await read('users/folder.parley.yaml')).toBe(
      'parley: 1\norder:\n  - list-users.yaml\n  - get-user.yaml\n  - admin/\n',
    );
    expect(await tree()).toEqual([
      'users/list-users.yaml=List users',
      'users/get-user.yaml=Get user',
      'users/admin/admins.yaml=Admins',
    ]);

    const moved = await store.move(b.file, admin, 0);
    expect(moved.file).toBe('users/admin/get-user.yaml');
    expect(await readdir(path.join(dir, 'users'))).not.toContain('get-user.yaml');
    expect(await read('users/folder.parley.yaml')).toBe('parley: 1\norder:\n  - list-users.yaml\n  - admin/\n');
    expect(await read('users/admin/folder.parley.yaml')).toBe(
      'parley: 1\norder:\n  - get-user.yaml\n  - admins.yaml\n',
    );

    const before = await read(a.file);
    const renamed = await store.rename(a.file, 'All users');
    expect(renamed.file).toBe('users/all-users.yaml');
    expect(await read(renamed.file)).toBe(before.replace('name: List users', 'name: All users'));
    expect(await read('users/folder.parley.yaml')).toContain('  - all-users.yaml\n  - admin/');

    const copy = await store.duplicate(c.file);
    expect(copy).toMatchObject({ file: 'users/admin/admins-copy.yaml', name: 'Admins copy' });
    expect(await read('users/admin/folder.parley.yaml')).toBe(
      'parley: 1\norder:\n  - get-user.yaml\n  - admins.yaml\n  - admins-copy.yaml\n',
    );

    const bytes = await readFile(path.join(dir, c.file));
    expect(await store.remove(c.file)).toBe(true);
    expect(await readdir(path.join(dir, 'users/admin'))).not.toContain('admins.yaml');
    const restored = await store.undoRemove(c.file);
    expect(restored.file).toBe(c.file);
    expect((await readFile(path.join(dir, c.file))).equals(bytes)).toBe(true);
    expect(await read('users/admin/folder.parley.yaml')).toBe(
      'parley: 1\norder:\n  - get-user.yaml\n  - admins.yaml\n  - admins-copy.yaml\n',
    );

    // A second store over the same folder (a restart) shows the same tree.
    const again = createCollectionStore({
      folder: () => dir,
      profileIdByName: () => null,
      profileName: () => null,
      secrets: () => [],
      onChange: () => undefined,
    });
    expect((await again.list()).items.map((i) => i.file)).toEqual([
      'users/all-users.yaml',
      'users/admin/get-user.yaml',
      'users/admin/admins.yaml',
      'users/admin/admins-copy.yaml',
    ]);
  });

  it('never overwrites on a name clash, in a move or a rename', async () => {
    await store.createFolder('', 'a');
    const one = await store.save({ name: 'Same', draft: get('http://h/1'), file: null, folder: 'a' });
    const two = await store.save({ name: 'Same', draft: get('http://h/2'), file: null });
    const moved = await store.move(two.file, 'a', null);
    expect(moved.file).toBe('a/same-2.yaml');
    expect(await read(one.file)).toContain('http://h/1');
    const renamed = await store.rename(moved.file, 'Same');
    expect(renamed.file).toBe('a/same-2.yaml');
    expect((await readdir(path.join(dir, 'a'))).sort()).toEqual(['same-2.yaml', 'same.yaml']);
  });

  it('refuses a path outside the collection', async () => {
    await expect(store.save({ name: 'x', draft: get('http://h'), file: '../escape.yaml' })).rejects.toThrow(
      /outside the collection folder/,
    );
  });

  it('says a read-only folder is read-only and keeps what was there', async () => {
    // Root writes anywhere, so the permission cannot be observed there; writeFailure's wording is tested below.
    if (process.getuid?.() === 0) return;
    const item = await store.save({ name: 'Kept', draft: get('http://h/kept'), file: null });
    await chmod(dir, 0o555);
    await expect(store.save({ name: 'New', draft: get('http://h/new'), file: null })).rejects.toThrow(/is read-only/);
    await expect(store.rename(item.file, 'Other')).rejects.toThrow(/is read-only/);
    expect(await read(item.file)).toContain('http://h/kept');
  });

  it('picks up a folder renamed outside the app and explains a folder deleted under it', async () => {
    await store.createFolder('', 'old');
    const item = await store.save({ name: 'R', draft: get('http://h/r'), file: null, folder: 'old' });
    await rename(path.join(dir, 'old'), path.join(dir, 'new'));
    expect((await store.list()).items.map((i) => i.file)).toEqual(['new/r.yaml']);
    await rm(path.join(dir, 'new'), { recursive: true });
    await expect(store.move(item.file, '', null)).rejects.toThrow(/no longer exists/);
  });

  it('writes a credential typed in clear as a reference and keeps the value through the keeper', async () => {
    const draft: RequestDraft = {
      ...get('http://api.test/x'),
      headers: [{ name: 'Authorization', value: 'Bearer CANARY-typed-1234', enabled: true }],
      query: [{ name: 'api_key', value: '{{key}}', enabled: true }],
    };
    const item = await store.save({ name: 'Typed', draft, file: null });
    const text = await read(item.file);
    expect(text).not.toContain('CANARY-typed-1234');
    expect(text).toContain('Bearer {{authorization}}');
    expect(text).toContain('{{key}}');
    expect(kept).toEqual([{ name: 'Authorization', value: 'CANARY-typed-1234', url: 'http://api.test/x', folder: '' }]);
  });

  it('keeps folder settings: description, default profiles, variables (secrets by name only)', async () => {
    await mkdir(path.join(dir, 'f'));
    await store.updateFolder('f', {
      description: 'Staging calls',
      profiles: { apsis: 'Demo' },
      variables: [
        { name: 'host', value: 'staging.test', secret: false },
        { name: 'token', value: 'never-written', secret: true },
      ],
    });
    const text = await read('f/folder.parley.yaml');
    expect(text).not.toContain('never-written');
    expect(text).toContain('- name: token\n    secret: true');
    const folder = (await store.list()).folders.find((f) => f.path === 'f');
    expect(folder?.settings).toMatchObject({ description: 'Staging calls', profiles: { apsis: 'Demo' } });
    await writeFile(path.join(dir, 'f/folder.parley.yaml'), 'order: [unclosed\n');
    expect((await store.list()).folders.find((f) => f.path === 'f')?.error).toContain('folder.parley.yaml');
  });
});

describe('file-system failures in words', () => {
  it('names a read-only folder, a full disk and a vanished folder, and says nothing was changed', async () => {
    const { writeFailure } = await import('./collection-paths');
    expect(writeFailure({ code: 'EROFS' }, 'save "A"', '/c').message).toBe(
      '/c is read-only: Parley could not save "A". Nothing was changed; make the folder writable or choose another collection folder.',
    );
    expect(writeFailure({ code: 'ENOSPC' }, 'save "A"', '/c').message).toContain('is full');
    expect(writeFailure({ code: 'ENOENT' }, 'save "A"', '/c').message).toContain('no longer exists');
  });
});
