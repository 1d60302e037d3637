import { describe, expect, it } from 'vitest';
import type { ProviderDraft, ResponseForInterpretation } from '../types';
import { interpretApsis } from './interpret';

const reply = (
  status: number,
  body: unknown,
  draft: ProviderDraft = { endpointId: 'Filter.getAllFilters', params: {} },
): ResponseForInterpretation => ({
  status,
  headers: [],
  contentType: 'application/json',
  bodyText: typeof body === 'string' ? body : JSON.stringify(body),
  draft,
});

describe('APSIS interpretation', () => {
  it('gives each negative code its meaning and advice', () => {
    const result = interpretApsis(reply(401, { Code: -4, Message: 'Invalid API key', Result: null }));
    expect(result).toMatchObject({ outcome: 'error', code: -4, summary: 'Invalid API key' });
    expect(result.hints[0]).toContain('Unauthorized');
    expect(result.hints[1]).toContain('can take up to 5 minutes to activate');
  });

  it('notes when the HTTP status does not match the code table', () => {
    const result = interpretApsis(reply(200, { Code: -2, Message: 'Name is required', Result: null }));
    expect(result.hints.at(-1)).toContain('pairs code -2 with HTTP 400, but this response was HTTP 200');
  });

  it('reads a paged Result as a table with next and previous page', () => {
    const result = interpretApsis(
      reply(
        200,
        { Code: 1, Message: 'OK', Result: { Items: [{ Id: 11 }], TotalCount: 23, TotalPages: 3 } },
        { endpointId: 'MailingList.getMailinglistsPaginated', params: { pageNumber: 2, pageSize: 10 } },
      ),
    );
    expect(result.pagination).toMatchObject({
      page: 2,
      pages: 3,
      total: 23,
      next: { params: { pageNumber: 3 } },
      previous: { params: { pageNumber: 1 } },
    });
    expect(result.summary).toBe('OK — 23 in total, page 2 of 3');
  });

  it('shows a created id in the status line', () => {
    expect(
      interpretApsis(reply(200, { Code: 1, Message: 'Subscriber successfully created', Result: 1042 })).summary,
    ).toBe('Subscriber successfully created — Result: 1042');
  });

  it('reads a queued Result as pending with the PollURL to follow', () => {
    const result = interpretApsis(
      reply(200, {
        Code: 1,
        Message: 'Request queued',
        Result: { OperationGuid: 'g-1', PollURL: 'https://files.example/queue/g-1.json' },
      }),
    );
    expect(result).toMatchObject({ outcome: 'pending', followUrl: 'https://files.example/queue/g-1.json' });
  });

  it('reads poll files: still running, completed with its DataUrl, rejected', () => {
    const draft = { endpointId: null, path: 'https://files.example/queue/g-1.json', params: {} };
    expect(interpretApsis(reply(200, { State: '1', StateName: 'Started', Message: '' }, draft))).toMatchObject({
      outcome: 'pending',
      followUrl: draft.path,
    });
    expect(
      interpretApsis(
        reply(200, { State: '2', StateName: 'Completed', DataUrl: 'https://files.example/data/g-1.json' }, draft),
      ),
    ).toMatchObject({ outcome: 'ok', followUrl: 'https://files.example/data/g-1.json' });
    expect(interpretApsis(reply(200, { State: '-3', Message: 'Queued too long' }, draft))).toMatchObject({
      outcome: 'error',
      summary: 'Queued job rejected (queued too long): Queued too long',
    });
  });

  it('maps an HTTP error without an envelope through the code table', () => {
    const result = interpretApsis({ ...reply(429, 'Too Many Requests'), contentType: 'text/plain' });
    expect(result).toMatchObject({ outcome: 'error', code: 429 });
    expect(result.hints[0]).toContain('Rate Limit');
  });
});
