/** HAR exports: a collection's requests come back as the same requests; history is masked of credentials. */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../history/types';
import { importText } from '../import';
import type { ImportRequest } from '../import/types';
import { harFromCollection, harFromHistory } from './har';

const request = (name: string, draft: Partial<ImportRequest['draft']>): ImportRequest => ({
  folder: '',
  name,
  draft: {
    sandbox: 'http',
    method: 'GET',
    url: 'https://api.example.com/items',
    query: [],
    headers: [],
    body: { kind: 'none' },
    provider: null,
    transport: {},
    ...draft,
  },
});

describe('HAR export', () => {
  it('a collection → HAR → import gives the same requests', () => {
    const requests = [
      request('List', {
        query: [{ name: 'page', value: '2', enabled: true }],
        headers: [{ name: 'Accept', value: 'application/json', enabled: true }],
      }),
      request('Create', { method: 'POST', body: { kind: 'json', text: '{"name":"pen"}' } }),
      request('Login', { method: 'POST', body: { kind: 'form', fields: [{ name: 'user', value: 'mia' }] } }),
    ];
    const exported = harFromCollection({ title: 'T', folders: [], variables: [], requests });
    const result = importText(exported.text);
    if (!result.ok) throw new Error(result.error.message);
    expect(
      result.plan.requests.map((r) => [r.name, r.draft.method, r.draft.url, r.draft.headers, r.draft.body]),
    ).toEqual([
      [
        'List',
        'GET',
        'https://api.example.com/items?page=2',
        [{ name: 'Accept', value: 'application/json', enabled: true }],
        { kind: 'none' },
      ],
      ['Create', 'POST', 'https://api.example.com/items', [], { kind: 'json', text: '{"name":"pen"}' }],
      [
        'Login',
        'POST',
        'https://api.example.com/items',
        [],
        { kind: 'form', fields: [{ name: 'user', value: 'mia' }] },
      ],
    ]);
  });

  it('history entries are masked of credentials and carry no response body', () => {
    const entry = {
      id: '1',
      at: '2026-12-01T10:00:00.000Z',
      sandbox: 'http',
      profileId: null,
      title: 'Login',
      draft: request('x', {}).draft,
      sent: {
        method: 'POST',
        url: 'https://api.example.com/login?api_key=clear-key-123',
        headers: [
          ['Authorization', 'Bearer clear-token-abc'],
          ['Cookie', 'session=clear-cookie'],
        ],
        body: { kind: 'form', fields: [{ name: 'password', value: 'clear-password' }] },
      },
      response: {
        id: 'r',
        url: 'https://api.example.com/login',
        status: 200,
        statusText: 'OK',
        httpVersion: '1.1',
        headers: [['Set-Cookie', 'session=new-clear-cookie; Path=/']],
        cookies: [],
        timings: { dns: 1, connect: 1, tls: 1, ttfb: 2, download: 1, total: 6 },
        headerBytes: 100,
        body: { preview: '{"AccessToken":"clear-access"}', size: 30, wireSize: 30, inFile: false, truncated: false },
        redirects: [],
        receivedAt: '2026-12-01T10:00:00.006Z',
      },
      error: null,
      interpretation: null,
    } as unknown as HistoryEntry;
    const { text } = harFromHistory([entry]);
    for (const secret of ['clear-key-123', 'clear-token-abc', 'clear-cookie', 'clear-password', 'clear-access'])
      expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({ log: { version: '1.2', entries: [{ response: { status: 200 } }] } });
  });
});
