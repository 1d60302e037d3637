import { describe, expect, it } from 'vitest';
import { buildWebcrmRequest } from './build';
import { interpretWebcrm } from './interpret';
import { strictBuild } from '../types';

const profile = { baseUrl: 'https://api.webcrm.com/', fields: {} };

describe('webCRM request building', () => {
  it('fills path parameters, repeats multi-value query parameters and sends JSON bodies', () => {
    const get = buildWebcrmRequest(
      { endpointId: 'ActivitiesByIdGet', params: { id: ' 12 ', include: ['SecurityInfo'] } },
      profile,
    );
    expect(get).toMatchObject({
      ok: true,
      request: {
        method: 'GET',
        url: 'https://api.webcrm.com/Activities/12?include=SecurityInfo',
        body: { kind: 'none' },
      },
    });
    const post = buildWebcrmRequest(
      { endpointId: 'PersonsPost', params: { person: '{"PersonFirstName":"Åsa"}' } },
      profile,
    );
    expect(post).toMatchObject({
      ok: true,
      request: {
        method: 'POST',
        url: 'https://api.webcrm.com/Persons',
        body: { kind: 'json', text: '{"PersonFirstName":"Åsa"}' },
      },
    });
    expect(post.ok && post.request.headers).toContainEqual(['Content-Type', 'application/json']);
  });

  it('says which parameter is wrong, and why', () => {
    expect(buildWebcrmRequest({ endpointId: 'PersonsGet', params: { Page: 0, Size: 'ten' } }, profile)).toEqual({
      ok: false,
      errors: [
        { param: 'Page', message: 'Page must be at least 1' },
        { param: 'Size', message: 'Size must be a whole number' },
      ],
    });
    expect(buildWebcrmRequest({ endpointId: 'PersonsPatch', params: { persons: '{"PersonId":1}' } }, profile)).toEqual({
      ok: false,
      errors: [{ param: 'persons', message: 'persons must be a JSON array' }],
    });
    expect(buildWebcrmRequest({ endpointId: 'PersonsPost', params: { person: '{oops' } }, profile)).toMatchObject({
      ok: false,
      errors: [{ param: 'person', message: expect.stringMatching(/^person is not valid JSON/) }],
    });
    expect(
      buildWebcrmRequest({ endpointId: 'ActivitiesByStatusByStatusGet', params: { status: 'planned' } }, profile),
    ).toEqual({
      ok: false,
      errors: [{ param: 'status', message: 'status is one of Planned, Active, Completed (exact case)' }],
    });
    expect(buildWebcrmRequest({ endpointId: 'ActivitiesByIdGet', params: { id: '12/3' } }, profile)).toEqual({
      ok: false,
      errors: [{ param: 'id', message: 'id must be a whole number' }],
    });
    expect(buildWebcrmRequest({ endpointId: 'QueriesGet', params: {} }, profile)).toEqual({
      ok: false,
      errors: [{ param: 'script', message: 'script is required' }],
    });
  });

  it('sends the SQL script URL-encoded with Page and Size', () => {
    const built = buildWebcrmRequest(
      {
        endpointId: 'QueriesGet',
        params: { script: "SELECT * FROM Person WHERE PersonLastName = 'Ødegård & Co'", Page: 2, Size: 100 },
      },
      profile,
    );
    if (!built.ok) throw new Error('did not build');
    const url = new URL(built.request.url);
    expect(url.pathname).toBe('/Queries');
    expect(url.searchParams.get('script')).toBe("SELECT * FROM Person WHERE PersonLastName = 'Ødegård & Co'");
    expect([url.searchParams.get('Page'), url.searchParams.get('Size')]).toEqual(['2', '100']);
  });
});

describe('webCRM response reading', () => {
  const read = (status: number, body: string, params: Record<string, unknown> = {}, headers: [string, string][] = []) =>
    interpretWebcrm({
      status,
      headers,
      contentType: 'application/json',
      bodyText: body,
      draft: { endpointId: 'PersonsGet', params },
    });

  it('a bare array is a page of rows; without a Size the next page is offered while rows come', () => {
    expect(read(200, '[{"PersonId":1},{"PersonId":2}]')).toMatchObject({
      outcome: 'ok',
      summary: '2 rows on page 1',
      pagination: { page: 1, next: { params: { Page: 2 } } },
      tables: [{ name: 'Persons', rows: [{ PersonId: 1 }, { PersonId: 2 }] }],
    });
    expect(read(200, '[]', { Page: 4 })).toMatchObject({
      outcome: 'ok',
      summary: 'No more rows: page 4 is empty',
      pagination: { next: undefined, previous: { params: { Page: 3 } } },
    });
  });

  it('a failed token call shows its ErrorDescription; a 401 explains what Parley does about it', () => {
    expect(
      read(400, '{"Error":"invalid_grant","ErrorDescription":"The application token is not valid.","IsError":true}'),
    ).toMatchObject({ outcome: 'error', summary: 'The application token is not valid.', code: 'invalid_grant' });
    const unauthorized = read(401, '');
    expect(unauthorized).toMatchObject({ outcome: 'error', summary: 'Unauthorized' });
    expect(unauthorized.hints[0]).toMatch(/logs in again once/);
  });

  it('429 names the wait from RetryAfterSeconds or the Retry-After header', () => {
    expect(
      read(429, '{"RetryAfterSeconds":17,"Message":"The request was throttled.","Type":"TooManyRequestsException"}')
        .hints[0],
    ).toMatch(/retry after 17 seconds/);
    expect(read(429, 'Too many', {}, [['Retry-After', '9']]).hints[0]).toMatch(/retry after 9 seconds/);
  });
});

describe('webCRM date-times and Accept', () => {
  const plusTwo = () => 120;

  it('sends date-times as RFC 3339, adding the local offset (and saying so) when none was typed', () => {
    const local = buildWebcrmRequest(
      { endpointId: 'MeetingsGet', params: { userId: 1, from: '2019-09-01T00:00:00', to: '2019-10-01' } },
      profile,
      strictBuild,
      plusTwo,
    );
    if (!local.ok) throw new Error(JSON.stringify(local.errors));
    const url = new URL(local.request.url);
    expect(url.searchParams.get('from')).toBe('2019-09-01T00:00:00+02:00');
    expect(url.searchParams.get('to')).toBe('2019-10-01T00:00:00+02:00');
    expect(local.warnings).toContain(
      'from had no time zone: sent as 2019-09-01T00:00:00+02:00 (your local time zone).',
    );
    const utc = buildWebcrmRequest(
      {
        endpointId: 'MeetingsGet',
        params: { userId: 1, from: '2019-09-01T08:30:00Z', to: '2019-10-01T00:00:00-0500' },
      },
      profile,
      strictBuild,
      plusTwo,
    );
    if (!utc.ok) throw new Error(JSON.stringify(utc.errors));
    expect(new URL(utc.request.url).searchParams.getAll('from')).toEqual(['2019-09-01T08:30:00Z']);
    expect(new URL(utc.request.url).searchParams.get('to')).toBe('2019-10-01T00:00:00-05:00');
    expect(utc.warnings).toEqual([]);
    const wrong = buildWebcrmRequest(
      { endpointId: 'MeetingsGet', params: { userId: 1, from: 'yesterday', to: '2019-10-01' } },
      profile,
    );
    expect(wrong).toMatchObject({
      ok: false,
      errors: [
        { param: 'from', message: expect.stringContaining('RFC 3339 date-time such as 2019-09-01T00:00:00+02:00') },
      ],
    });
  });

  it("offers each operation's produces as Accept: a document download asks for application/octet-stream", () => {
    const download = buildWebcrmRequest({ endpointId: 'DocumentsByIdDownloadGet', params: { id: 3 } }, profile);
    if (!download.ok) throw new Error('does not build');
    expect(download.request.headers).toContainEqual(['Accept', 'application/octet-stream']);
    const list = buildWebcrmRequest({ endpointId: 'PersonsGet', params: {} }, profile);
    expect(list.ok && list.request.headers).toContainEqual(['Accept', 'application/json']);
  });
});
