import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EventName } from '../../shared/ipc/contract';
import { confDocumentOpener, type OpenDocument } from './document';

const schema = z.object({ items: z.array(z.string()), count: z.number().int() });
type Doc = z.infer<typeof schema>;
const defaults: Doc = { items: [], count: 0 };

let dir: string;
let notices: { name: EventName; payload: unknown }[];
let opener: OpenDocument;

const open = (version = 1, migrations = {}) =>
  opener<Doc>({ name: 'things', schema, defaults, version, migrations, label: 'things' });
const file = () => path.join(dir, 'things.json');
const filesInDir = () => fs.readdirSync(dir).sort();

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-doc-'));
  notices = [];
  opener = confDocumentOpener(dir, { emit: (name, payload) => notices.push({ name, payload }) });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('resilient documents', () => {
  it('round-trips a value, stamps the version and keeps a backup beside it', () => {
    open().write({ items: ['a'], count: 1 });
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toEqual({ items: ['a'], count: 1, schemaVersion: 1 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'things.backup.json'), 'utf8'))).toEqual({
      items: ['a'],
      count: 1,
      schemaVersion: 1,
    });
    expect(open().read()).toEqual({ items: ['a'], count: 1 });
    expect(notices).toEqual([]);
  });

  it('writes by replacing the file (write-then-rename), leaving no temporary files', () => {
    const doc = open();
    doc.write({ items: ['a'], count: 1 });
    const before = fs.statSync(file()).ino;
    doc.write({ items: ['a', 'b'], count: 2 });
    expect(fs.statSync(file()).ino).not.toBe(before);
    expect(filesInDir()).toEqual(['things.backup.json', 'things.json']);
  });

  const damages: [string, (text: string) => string][] = [
    ['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['garbage', () => '\u0000\u0013\u00ff not json at all'],
    ['wrong schema', () => JSON.stringify({ items: 'not-an-array', count: 'x' })],
    ['empty', () => ''],
  ];
  for (const [kind, damage] of damages) {
    it(`recovers a ${kind} file from the backup, keeps the damaged file and tells the user`, () => {
      open().write({ items: ['good'], count: 7 });
      const damaged = damage(fs.readFileSync(file(), 'utf8'));
      fs.writeFileSync(file(), damaged);

      const reopened = open();
      expect(reopened.read()).toEqual({ items: ['good'], count: 7 });
      expect(reopened.status).toMatchObject({ kind: 'recovered', from: 'backup' });
      const corrupt = filesInDir().filter((name) => /^things\.corrupt-.*\.json$/.test(name));
      expect(corrupt).toHaveLength(1);
      expect(fs.readFileSync(path.join(dir, corrupt[0] ?? ''), 'utf8')).toBe(damaged);
      expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toMatchObject({ items: ['good'], count: 7 });
      expect(notices).toEqual([
        { name: 'app.notice', payload: expect.objectContaining({ level: 'warning', title: 'Recovered things' }) },
      ]);
      expect(JSON.stringify(notices)).toContain(corrupt[0]);
    });
  }

  it('starts from defaults when the backup is damaged too, and keeps both files', () => {
    open().write({ items: ['good'], count: 7 });
    fs.writeFileSync(file(), '{"items": [');
    fs.writeFileSync(path.join(dir, 'things.backup.json'), 'nonsense');
    const reopened = open();
    expect(reopened.read()).toEqual(defaults);
    expect(filesInDir().filter((name) => name.includes('.corrupt-'))).toHaveLength(2);
    expect(notices[0]?.payload).toMatchObject({ level: 'error', title: 'Started things afresh' });
  });

  it('refuses a file from a newer Parley with a clear message and never touches it', () => {
    const newer = JSON.stringify({ items: ['future'], count: 1, schemaVersion: 9 });
    fs.writeFileSync(file(), newer);
    const doc = open(2, { 1: (d: Record<string, unknown>) => d });
    expect(doc.read()).toEqual(defaults);
    expect(() => doc.write({ items: [], count: 0 })).toThrow(/newer Parley \(format 9; this version reads up to 2\)/);
    expect(fs.readFileSync(file(), 'utf8')).toBe(newer);
    expect(filesInDir()).toEqual(['things.json']);
    expect(notices[0]?.payload).toMatchObject({ level: 'error' });
  });

  it('upgrades an older file through its migrations and keeps the pre-upgrade copy', () => {
    const v1 = JSON.stringify({ names: ['x', 'y'] });
    fs.writeFileSync(file(), v1);
    const doc = open(2, {
      1: (d: Record<string, unknown>) => ({ items: d.names, count: (d.names as string[]).length }),
    });
    expect(doc.read()).toEqual({ items: ['x', 'y'], count: 2 });
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toMatchObject({ schemaVersion: 2 });
    expect(fs.readFileSync(path.join(dir, 'things.pre-v2.json'), 'utf8')).toBe(v1);
  });
});
