/**
 * A server that echoes a secret inside a body large enough to go to a file: the body is masked as it is
 * written, so neither `response.body.read` nor any file in the data folder holds the secret or a form
 * derived from it (percent-encoded, base64 of `key:`, the Basic header, the MD5 hash) — even when the
 * server cuts a secret across its writes, and past the 64 MB the old after-the-fact rewrite stopped at.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../shared/profiles/schema';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { encodedForms } from '../../shared/request/redact';
import { MAX_BODY_SLICE_BYTES } from '../../shared/http/body-slice';
import type { BootedMain } from '../vault/vault-test-kit';
import { useBootedMains } from './booted-main-fixture';

const MB = 1024 * 1024;
const key = `Key-${randomBytes(12).toString('hex')}`;
/** A password of the kind a person picks: its percent-encoded forms differ from it. */
const password = `pa ss+/&é-${randomBytes(4).toString('hex')}`;
const basic = Buffer.from(`${key}:`, 'utf8').toString('base64');
const md5 = createHash('md5').update(password, 'utf8').digest('hex');

const formsOf = (values: readonly string[]) =>
  [...new Set(values.flatMap((value) => encodedForms(value)))].map((form) => Buffer.from(form, 'utf8'));
/** The forms the APSIS profile's key takes, and the wbTeamPro password's, as bytes. */
const apsisForms = formsOf([key, basic, `Basic ${basic}`]);
const passwordForms = formsOf([password, md5]);
/** Every form a secret of this test could take in a body: none may be readable or stored. */
const needles = [...apsisForms, ...passwordForms];

/**
 * Answers with `size` bytes of filler, writing each form so that a write boundary cuts it in half:
 * the engine receives every secret in two pieces.
 */
function straddlingBody(size: number, at: readonly number[], placing: readonly Buffer[] = apsisForms) {
  return (_request: http.IncomingMessage, response: http.ServerResponse) => {
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    const placed = at.map((offset, index) => ({ offset, form: placing[index % placing.length]! }));
    let written = 0;
    const writeFiller = (until: number) => {
      while (written < until) {
        const length = Math.min(MB, until - written);
        response.write(Buffer.alloc(length, 0x61));
        written += length;
      }
    };
    for (const { offset, form } of placed) {
      const half = Math.floor(form.length / 2);
      writeFiller(offset - half);
      response.write(form.subarray(0, half));
      response.write(form.subarray(half));
      written += form.length;
    }
    writeFiller(size);
    response.end();
  };
}

const mains = useBootedMains('parley-large-body-');

async function boot(answer: ReturnType<typeof straddlingBody>) {
  const server = await mains.serve(answer);
  return { main: mains.boot(), server };
}

const profile = (providerId: 'apsis' | 'wbteampro', baseUrl: string): ProfileInput => ({
  providerId,
  name: 'Large bodies',
  baseUrl,
  environment: 'live',
  fields: providerId === 'apsis' ? { region: 'custom' } : { username: 'admin', urlStyle: 'direct', format: 'json' },
  secrets: providerId === 'apsis' ? { apiKey: key } : { password },
  variables: [],
  notes: '',
});

async function sendFrom(main: BootedMain, draft: RequestDraft) {
  const outcome = await main.ok('request.send', { requestId: randomUUID(), draft, title: 'Large', confirmRisk: false });
  expect(outcome.response?.body.inFile).toBe(true);
  return outcome.response!;
}

/** The whole stored body, read back slice by slice through the router as the renderer would. */
async function readThroughRouter(main: BootedMain, responseId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const slice = await main.ok('response.body.read', { responseId, offset, length: MAX_BODY_SLICE_BYTES });
    parts.push(Buffer.from(slice.text, 'utf8'));
    if (slice.eof) break;
    offset = slice.nextOffset;
  }
  return Buffer.concat(parts);
}

/** Every file of the data folder, searched in place: a 70 MB body is not turned into one string. */
function formsOnDisk(): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(mains.dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(mains.dir, name);
    if (!fs.statSync(file).isFile()) continue;
    const bytes = fs.readFileSync(file);
    for (const needle of needles) if (bytes.includes(needle)) found.push(`${name}: ${needle.toString('utf8')}`);
  }
  return found;
}

const formsIn = (bytes: Buffer) => needles.filter((needle) => bytes.includes(needle)).map((n) => n.toString('utf8'));

describe('a large body echoing secrets is masked as it goes to disk', () => {
  it('APSIS: the key and its Basic credentials (base64 of `key:`), cut across writes, past a 1 KB threshold', async () => {
    const size = 3 * MB;
    const at = Array.from({ length: apsisForms.length * 2 }, (_, index) => 2048 + index * 65_536);
    const { main, server } = await boot(straddlingBody(size, at));
    await main.ok('settings.update', { bodyFileThresholdBytes: 1024 });
    const created = await main.ok('profiles.create', profile('apsis', `${server.origin}/`));
    const response = await sendFrom(main, {
      ...emptyDraft('apsis'),
      profileId: created.id,
      provider: { endpointId: null, path: '/v1/export', method: 'GET', params: {} },
    });

    const read = await readThroughRouter(main, response.id);
    expect(formsIn(read)).toEqual([]);
    expect(read.toString('utf8').split('••••')).toHaveLength(at.length + 1);
    expect(formsOnDisk()).toEqual([]);
    expect(JSON.stringify(main.outputs)).not.toContain(key);
  });

  it('wbTeamPro: the password and its MD5, in every encoded form the server echoes, are masked in the stored body', async () => {
    const at = passwordForms.map((_, index) => 4096 + index * 70_001);
    const { main, server } = await boot(straddlingBody(MB, at, passwordForms));
    await main.ok('settings.update', { bodyFileThresholdBytes: 1024 });
    const created = await main.ok('profiles.create', profile('wbteampro', `${server.origin}/`));
    const response = await sendFrom(main, {
      ...emptyDraft('wbteampro'),
      profileId: created.id,
      provider: { endpointId: 'getConfig', params: {} },
    });
    const read = await readThroughRouter(main, response.id);
    expect(formsIn(read)).toEqual([]);
    expect(read.toString('utf8').split('••••')).toHaveLength(at.length + 1);
    expect(formsOnDisk()).toEqual([]);
  });

  it('a 70 MB body with the default threshold: nothing readable or stored holds a form of the key', async () => {
    const size = 70 * MB;
    const at = [MB - 3, 33 * MB + 1, 65 * MB, 69 * MB + 7, size - 64];
    const { main, server } = await boot(straddlingBody(size, at));
    const created = await main.ok('profiles.create', profile('apsis', `${server.origin}/`));
    const response = await sendFrom(main, {
      ...emptyDraft('apsis'),
      profileId: created.id,
      provider: { endpointId: null, path: '/v1/export', method: 'GET', params: {} },
    });
    expect(response.body.size).toBeGreaterThan(64 * MB);

    const read = await readThroughRouter(main, response.id);
    expect(formsIn(read)).toEqual([]);
    expect(read.toString('utf8').split('••••')).toHaveLength(at.length + 1);
    expect(formsOnDisk()).toEqual([]);
  }, 120_000);
});
