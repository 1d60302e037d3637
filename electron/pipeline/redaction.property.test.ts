/**
 * Property: whatever a secret looks like — any Unicode, quotes, backslashes, `+`, `%`, spaces, 1 to 200
 * characters — it survives in no string Parley hands out: IPC replies, history on disk, stored bodies
 * read back, collection files. Sent for real through the router and pipeline to a loopback echo server.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain, filesUnder, type BootedMain } from '../vault/vault-test-kit';

/** Fields that are structure (ids, enums, timestamps): the same list redaction leaves alone. */
const STRUCTURAL = new Set(['id', 'requestId', 'historyId', 'responseId', 'profileId', 'sandbox', 'method', 'kind']);
const STRUCTURAL_TOO = new Set(['endpointId', 'receivedAt', 'at', 'createdAt', 'outcome', 'httpVersion', 'parley']);

/** Every string value of a JSON-like value that is not structure, with its path. */
function textLeaves(value: unknown, at = '$', key = ''): { at: string; text: string }[] {
  if (typeof value === 'string') return STRUCTURAL.has(key) || STRUCTURAL_TOO.has(key) ? [] : [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textLeaves(item, `${at}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => textLeaves(item, `${at}.${name}`, name));
  return [];
}

const special = fc.constantFrom('"', "'", '\\', '+', '%', ' ', '!', '(', ')', '~', '&', '=', '#', '/', '?', ':', '\n');
/**
 * 1–200 characters mixing full Unicode with the characters encodings treat specially. Left out: the mask
 * and the `{{apiKey}}` a collection writes instead, which would contain a secret made of their characters.
 */
const secrets = fc
  .array(fc.oneof(special, fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })), {
    minLength: 1,
    maxLength: 120,
  })
  .map((parts) => parts.join('').slice(0, 200))
  .filter((secret) => secret.length > 0 && !/[•{}]/.test(secret));

let dir: string;
let server: TestServer;
let main: BootedMain;

const echo = (request: http.IncomingMessage, response: http.ServerResponse) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    // One same-origin hop first, so the secret also travels in a redirect's URL and Location.
    if (!request.url?.includes('hop=1')) {
      response.statusCode = 307;
      response.setHeader('location', `${request.url}&hop=1`);
      response.end();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.setHeader('x-echo-url', request.url);
    response.end(JSON.stringify({ url: request.url, headers: request.headers, body }));
  });
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-redaction-'));
  server = await startHttpServer(echo);
  main = bootMain(dir, randomBytes(32));
});
afterAll(async () => {
  await main.services.dispose();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('redaction over random secrets', () => {
  it('leaves no secret in IPC replies, history, stored bodies or collection files', async () => {
    await fc.assert(
      fc.asyncProperty(secrets, async (secret) => {
        const profile = await main.ok('profiles.create', {
          providerId: 'http',
          name: 'Random',
          baseUrl: `${server.origin}/`,
          environment: 'test',
          fields: {},
          secrets: { apiKey: secret },
          variables: [],
          notes: '',
        });
        const headerSafe = /^[\x20-\x7e]*$/.test(secret);
        const draft: RequestDraft = {
          ...emptyDraft('http'),
          profileId: profile.id,
          method: 'POST',
          url: `${server.origin}/echo?k={{apiKey}}&typed=${encodeURIComponent(secret)}`,
          query: [{ name: 'q', value: '{{apiKey}}', enabled: true }],
          headers: headerSafe ? [{ name: 'X-Key', value: secret, enabled: true }] : [],
          body: { kind: 'form', fields: [{ name: 'key', value: '{{apiKey}}' }] },
        };
        const first = main.outputs.length;
        const outcome = await main.ok('request.send', {
          requestId: randomUUID(),
          draft,
          title: 'Echo',
          confirmRisk: false,
        });
        expect(outcome.response?.status).toBe(200);
        await main.ok('response.body.read', { responseId: outcome.response?.id ?? '', offset: 0, length: 1 << 20 });
        await main.ok('history.get', { id: outcome.historyId ?? '' });
        await main.ok('history.list', { limit: 5 });
        const saved = await main.ok('collections.save', {
          name: 'Random',
          draft: { ...draft, url: `${server.origin}/typed?k=${secret}` },
          file: null,
        });

        const collectionText = fs.readFileSync(path.join(dir, 'collections', saved.file), 'utf8');
        const collection: unknown = YAML.parse(collectionText);
        // This exchange's history line on disk, and what this exchange sent back over IPC.
        const history = filesUnder(path.join(dir, 'history')).flatMap((file) =>
          file.bytes
            .toString('utf8')
            .split('\n')
            .filter((line) => line.includes(outcome.historyId ?? '-'))
            .map((line) => JSON.parse(line) as unknown),
        );
        const [sendReply, bodyReply, entryReply, listReply] = main.outputs.slice(first) as {
          value?: unknown;
        }[];
        const listed = (listReply?.value as { id: string }[]).filter((item) => item.id === outcome.historyId);
        expect(history).toHaveLength(1);
        expect(listed).toHaveLength(1);
        const replies = [sendReply, bodyReply, entryReply, listed];
        const leaks = [...textLeaves(replies, 'ipc'), ...textLeaves(history, 'history')]
          .concat(textLeaves(collection, 'collection'))
          .filter((leaf) => leaf.text.includes(secret));
        expect(leaks).toEqual([]);
        // The collection file stays valid YAML and reads back as the variable, not as broken text.
        expect(saved.error).toBeNull();
        expect(collectionText).toContain('{{apiKey}}');
        await main.ok('collections.delete', { file: saved.file });
        await main.ok('profiles.delete', { id: profile.id });
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
