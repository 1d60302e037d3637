import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confDocumentOpener } from '../store/document';
import { createOpenCollections } from './open-collections';

describe('open collections', () => {
  let dir: string;
  let current: string;
  let picked: string | null;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parley-open-'));
    current = path.join(dir, 'team-api');
    picked = null;
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const setup = () =>
    createOpenCollections(
      { openDocument: confDocumentOpener(dir) },
      {
        current: () => current,
        makeCurrent: async (next) => void (current = next),
        listOther: async (other) => {
          if (other.endsWith('gone')) throw new Error(`${other} does not exist`);
          return { dir: other, items: [], folders: [] };
        },
        pickFolder: async () => picked,
      },
    );

  it('adds folders picked in main, switches the current one, closes one, and remembers them', async () => {
    const open = setup();
    picked = path.join(dir, 'billing');
    expect((await open.add())?.others.map((o) => o.dir)).toEqual([picked]);
    picked = current; // the current one is not added twice
    expect((await open.add())?.others).toHaveLength(1);
    picked = null;
    expect(await open.add()).toBeNull();

    const switched = await open.switchTo(path.join(dir, 'billing'));
    expect(switched.current).toBe(path.join(dir, 'billing'));
    expect(switched.others.map((o) => o.dir)).toEqual([path.join(dir, 'team-api')]);

    expect((await setup().view()).others.map((o) => o.dir)).toEqual([path.join(dir, 'team-api')]);
    expect((await open.remove(path.join(dir, 'team-api'))).others).toEqual([]);
  });

  it('refuses a folder it does not hold, and lists a vanished folder with its error', async () => {
    const open = setup();
    await expect(open.switchTo('/etc')).rejects.toThrow('is not one of the open collections');
    picked = path.join(dir, 'gone');
    const view = await open.add();
    expect(view?.others[0]).toMatchObject({ listing: null, error: `${picked} does not exist` });
  });
});
