import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { emptyDraft } from '../../shared/request/draft';
import { loadCollection } from './load-collection';

let dir = '';
afterEach(async () => rm(dir, { recursive: true, force: true }));

const request = (name: string) =>
  YAML.stringify({ parley: 1, name, request: { ...emptyDraft('http'), url: `http://127.0.0.1:9/${name}` } });

describe('a collection as the runner reads it', () => {
  it('follows the folder file: its order, and parallel: true for the folder the user marked', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parley-load-'));
    await mkdir(path.join(dir, 'bulk'));
    await writeFile(path.join(dir, 'folder.parley.yaml'), 'parley: 1\norder:\n  - b.yaml\n  - a.yaml\n  - bulk/\n');
    await writeFile(path.join(dir, 'a.yaml'), request('a'));
    await writeFile(path.join(dir, 'b.yaml'), request('b'));
    await writeFile(path.join(dir, 'bulk', 'folder.parley.yaml'), 'parley: 1\nparallel: true\n');
    await writeFile(path.join(dir, 'bulk', 'c.yaml'), request('c'));
    const loaded = await loadCollection(dir, { resolveProfile: () => null });
    expect(loaded.items.map((item) => item.name)).toEqual(['b', 'a', 'c']);
    expect([...loaded.parallelFolders]).toEqual(['bulk']);
  });
});
