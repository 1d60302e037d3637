/**
 * The renderer never names a file main reads, overwrites or deletes: bodies send only files picked in
 * main's open dialog (as tokens), the collection folder comes from main's folder dialog, and collection
 * save and delete touch only Parley request files. Through the real router, against a loopback server.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { createDialogDouble } from '../dialogs/dialog-double';
import { readBody, startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

let dir: string;
let outside: string;
let server: TestServer;
let main: BootedMain;
const received: string[] = [];
const canary = `PRIVATE-KEY-${randomUUID()}`;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-files-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-outside-'));
  fs.writeFileSync(path.join(outside, 'id_rsa'), canary);
  received.length = 0;
  server = await startHttpServer(async (request, response) => {
    received.push((await readBody(request)).toString('utf8'));
    response.end('ok');
  });
  main = bootMain(dir, randomBytes(32), 'os', createDialogDouble());
});
afterEach(async () => {
  await main.services.dispose();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const send = (body: RequestDraft['body']) =>
  main.call('request.send', {
    requestId: randomUUID(),
    draft: { ...emptyDraft('http'), method: 'POST', url: `${server.origin}/upload`, body },
    title: 'Upload',
    confirmRisk: false,
  });

describe('request bodies read only files the user picked in main', () => {
  it('refuses a path the renderer wrote, absolute or relative, as a body or a multipart part', async () => {
    const secretFile = path.join(outside, 'id_rsa');
    for (const body of [
      { kind: 'file' as const, path: secretFile },
      { kind: 'file' as const, path: path.relative(process.cwd(), secretFile) },
      { kind: 'multipart' as const, parts: [{ name: 'key', filePath: secretFile }] },
    ]) {
      expect(await send(body)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Choose the file') },
      });
    }
    expect(received).toEqual([]);
    expect(JSON.stringify(main.outputs)).not.toContain(canary);
  });

  it('sends a file picked in the open dialog, through the token it handed out', async () => {
    const picked = path.join(outside, 'upload.txt');
    fs.writeFileSync(picked, 'chosen by the user');
    main.dialogs.script.openFile = () => picked;
    const file = await main.ok('files.pick', {});
    expect(file).toMatchObject({ name: 'upload.txt', size: 18 });
    expect(file?.token).not.toContain(outside);
    expect(await send({ kind: 'file', path: file?.token ?? '' })).toMatchObject({ ok: true });
    expect(received).toEqual(['chosen by the user']);
  });
});

describe('collections touch only the chosen folder and Parley’s own files', () => {
  it('takes the folder from main’s dialog, never from a path in settings.update', async () => {
    expect(await main.call('settings.update', { collectionsDir: outside })).toMatchObject({ ok: false });
    main.dialogs.script.openFolder = () => outside;
    const listing = await main.ok('collections.chooseFolder', {});
    expect(listing?.dir).toBe(outside);
    expect(main.dialogs.asked.map((asked) => asked.kind)).toEqual(['openFolder']);
  });

  it('refuses to overwrite or delete a file Parley did not write, and leaves it as it was', async () => {
    main.dialogs.script.openFolder = () => outside;
    await main.ok('collections.chooseFolder', {});
    fs.writeFileSync(path.join(outside, 'deploy.yaml'), 'steps: [build, ship]\n');
    expect(await main.call('collections.delete', { file: 'deploy.yaml' })).toMatchObject({ ok: false });
    const save = await main.call('collections.save', {
      name: 'Hijack',
      draft: { ...emptyDraft('http'), url: 'https://example.com/' },
      file: 'deploy.yaml',
    });
    expect(save).toMatchObject({ ok: false, error: { message: expect.stringContaining('not a Parley request file') } });
    expect(fs.readFileSync(path.join(outside, 'deploy.yaml'), 'utf8')).toBe('steps: [build, ship]\n');

    // Its own files it saves over and deletes as before.
    const saved = await main.ok('collections.save', {
      name: 'Mine',
      draft: { ...emptyDraft('http'), url: 'https://example.com/' },
      file: null,
    });
    await main.ok('collections.save', { name: 'Mine v2', draft: saved.draft ?? emptyDraft('http'), file: saved.file });
    expect(await main.ok('collections.delete', { file: saved.file })).toEqual({ deleted: true });
  });
});
