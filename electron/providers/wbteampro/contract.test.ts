import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chainPath } from '../../../shared/providers/wbteampro/chain/format';
import {
  chainMethods,
  idNames,
  type ChainMethod,
  type ResourceName,
} from '../../../shared/providers/wbteampro/chain/methods';
import { chainForMethod, urlStyles } from '../../../shared/providers/wbteampro/chain/model';
import { wbteamproDemoCredentials, wbteamproProvider } from '../../../shared/providers/wbteampro/definition';
import type { ProviderDraft } from '../../../shared/providers/types';
import { startWbTeamProMock, type WbTeamProMockHandle } from '../../mock-servers/wbteampro/server';
import { systemClock } from '../../deps';
import { exchange, sendPlain, testProfile } from '../testing/send';
import { wbteamproAuth } from './auth';

let mock: WbTeamProMockHandle;
const profile = () =>
  testProfile(
    'wbteampro',
    mock.baseUrl,
    { username: wbteamproDemoCredentials.username, urlStyle: 'path', format: 'json' },
    ['password'],
  );
const send = (draft: ProviderDraft, password: string = wbteamproDemoCredentials.password) =>
  exchange(wbteamproAuth, profile(), { password }, draft);

/** Records the seed is known to have, per resource. */
const seededIds: Partial<Record<ResourceName, string>> = {
  projects: '100',
  actions: '1001',
  topics: '501',
  files: '701',
  whmcstickets: '2038',
  ticketxrefs: '91',
  timelogs: '3001',
};
const writeValues: Partial<Record<ResourceName, Record<string, unknown>>> = {
  projects: { project_name: 'Parley test', project_status: 'active' },
  actions: { project_id: 100, action_name: 'Parley action', action_priority: '3' },
  topics: { project_id: 100, topic_name: 'Parley topic' },
  files: { project_id: 100, file_label: 'Notes', file_name: 'notes.txt', file_content: 'aGk=' },
  ticketxrefs: { ticket_id: 2040, project_id: 101 },
  timelogs: {
    project_id: 100,
    action_id: 1002,
    timelog_start: '2026-02-01 09:00:00',
    timelog_type: 'rush',
    timelog_elapsed: 45,
  },
};

/** A draft as the chain builder makes it: the chain path, the method's verb, params for writes. */
function builderDraft(method: ChainMethod, index: number): ProviderDraft {
  const style = urlStyles[index % urlStyles.length] ?? 'path';
  const format = index % 2 === 0 ? 'json' : 'xml';
  const chain = chainForMethod(method, seededIds[method.resource] ?? null, format);
  const params = method.verb === 'POST' || method.verb === 'PUT' ? (writeValues[method.resource] ?? {}) : {};
  return {
    endpointId: method.name,
    method: method.verb,
    path: chainPath(chain, style),
    params,
    options: {
      urlStyle: style,
      verbMode: index % 3 === 0 ? 'param' : 'verb',
      paramsStyle: index % 4 < 2 ? 'json' : 'array',
      format,
    },
  };
}

beforeAll(async () => {
  mock = await startWbTeamProMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

describe('every method of the reference list', () => {
  it('matches the reference document method for method, chain for chain', () => {
    // The provider's method list, kept in the repository (fixtures/) so a fresh clone tests the same list.
    const seed = readFileSync(new URL('./fixtures/reference-methods.txt', import.meta.url), 'utf8');
    const documented = [...seed.matchAll(/• (\w+) - [^\n]*\n\s*([\w.{}]+)/g)]
      .map((match) => `${match[1]} ${match[2]}`)
      .sort();
    const ours = chainMethods
      .map(
        (method) =>
          `${method.name} ${[method.resource, method.id ? `{${idNames[method.resource]}}` : null, method.sub].filter(Boolean).join('.')}`,
      )
      .sort();
    expect(ours).toEqual(documented);
  });

  it('has a catalog entry named after it', () => {
    expect(chainMethods).toHaveLength(46); // the reference lists 46 methods
    expect(wbteamproProvider.catalog.map((entry) => entry.id)).toEqual(chainMethods.map((method) => method.name));
  });

  it.each(chainMethods.map((method, index) => [method.name, method, index] as const))(
    '%s is built with the chain model and accepted by the mock',
    async (_name, method, index) => {
      const draft = builderDraft(method, index);
      const { interpretation, request } = await send(draft);
      expect(interpretation, `${request.method} ${request.url}`).toMatchObject({ outcome: 'ok', code: 200 });
      expect(interpretation.summary).toMatch(/^Success: /);
      expect(interpretation.tables?.length ?? 0).toBeGreaterThan(0);
    },
  );

  it('is also sent straight from the catalog (endpoint id and an id param, no path)', async () => {
    for (const entry of wbteamproProvider.catalog) {
      mock.reset();
      const method = chainMethods.find((candidate) => candidate.name === entry.id) as ChainMethod;
      const idParam = entry.params.find((param) => param.in === 'path');
      const values = method.verb === 'POST' || method.verb === 'PUT' ? (writeValues[method.resource] ?? {}) : {};
      const params = { ...values, ...(idParam ? { [idParam.name]: seededIds[method.resource] } : {}) };
      const { interpretation } = await send({ endpointId: entry.id, params });
      expect(interpretation.outcome, entry.id).toBe('ok');
    }
  });
});

describe('what comes back', () => {
  it('a combined chain returns the project and its actions, the same in JSON and XML', async () => {
    const asJson = await send({
      endpointId: 'getProjectActions',
      path: 'api.php/v1/projects/100/actions/json',
      params: {},
    });
    const asXml = await send({
      endpointId: 'getProjectActions',
      path: 'api/v1/projects/100/actions/xml',
      params: {},
      options: { urlStyle: 'rewrite' },
    });
    expect(asXml.response.headers.find(([name]) => name === 'content-type')?.[1]).toMatch(/xml/);
    expect(asJson.interpretation.tables?.map((table) => table.name)).toEqual(['project', 'actions']);
    expect(asJson.interpretation.tables?.[1]?.rows).toHaveLength(6);
    expect(asXml.interpretation.tables).toEqual(asJson.interpretation.tables);
    expect(asJson.interpretation.summary).toContain('project, 6 actions');
  });

  it('pages through timelogs with the next-page patch', async () => {
    const draft: ProviderDraft = {
      endpointId: 'findTimelogs',
      path: 'api.php?action=v1.timelogs.json',
      params: { project_id: 100 },
      options: { urlStyle: 'direct', paramsStyle: 'array' },
    };
    const first = await send(draft);
    expect(first.request.url).toContain('action=v1.timelogs.json&params[project_id]=100');
    expect(first.interpretation.pagination).toMatchObject({ page: 1, pages: 2, total: 75 });
    const next = first.interpretation.pagination?.next;
    expect(next?.params).toEqual({ page: 2, offset: 50 });
    const second = await send({ ...draft, params: { ...draft.params, ...next?.params } });
    expect(second.interpretation.pagination).toMatchObject({
      page: 2,
      pages: 2,
      next: undefined,
      previous: { params: { page: 1, offset: 0 } },
    });
    expect(second.interpretation.tables?.[0]?.rows).toHaveLength(25);
  });

  it("with the reference's pages: 0 quirk switched on, paging still offers the next page from total and limit", async () => {
    mock.faults.pagesZero = true;
    const first = await send({
      endpointId: 'findTimelogs',
      path: 'api.php?action=v1.timelogs.json',
      params: { project_id: 100 },
      options: { urlStyle: 'direct', paramsStyle: 'array' },
    });
    expect(JSON.parse(first.response.bodyText).response.data.pages).toBe(0);
    expect(first.interpretation.pagination).toMatchObject({ page: 1, pages: 2, total: 75 });
    expect(first.interpretation.pagination?.next?.params).toEqual({ page: 2, offset: 50 });
  });

  it('params as a JSON string and as an array select the same records', async () => {
    const base: ProviderDraft = { endpointId: 'findActions', params: { project_id: 100, action_status: 'active' } };
    const json = await send({ ...base, options: { paramsStyle: 'json' } });
    const array = await send({ ...base, options: { paramsStyle: 'array' } });
    expect(json.request.url).toContain('params=%7B%22project_id%22%3A100');
    expect(array.interpretation.tables).toEqual(json.interpretation.tables);
    expect(json.interpretation.tables?.[0]?.rows.length).toBeGreaterThan(0);
  });

  it('an update sent as the method parameter changes the record', async () => {
    const { request, interpretation } = await send({
      endpointId: 'updateAction',
      path: 'api.php/v1/actions/1003/json',
      method: 'PUT',
      params: { action_notes: 'from Parley' },
      options: { verbMode: 'param' },
    });
    expect(request.method).toBe('POST');
    expect(request.url).toContain('method=put');
    expect(interpretation.tables?.[0]?.rows[0]).toMatchObject({ action_id: 1003, action_notes: 'from Parley' });
    const read = await send({ endpointId: 'getAction', params: { action_id: '1003' } });
    expect(read.interpretation.tables?.[0]?.rows[0]).toMatchObject({ action_notes: 'from Parley' });
  });
});

describe("documented errors, with the provider's message", () => {
  const getProject: ProviderDraft = { endpointId: 'getProject', params: { project_id: '100' } };

  it('a wrong password is a failed login the ban guard can count', async () => {
    const { interpretation, response } = await send(getProject, 'wrong');
    expect(interpretation).toMatchObject({ outcome: 'error', code: 401 });
    expect(interpretation.summary).toContain('Login Failed: invalid username or password (failed attempt 1 of 3');
    expect(wbteamproAuth.isAuthFailure(response)).toBe(true);
    expect(interpretation.hints[0]).toMatch(/Parley sends the MD5 of the password/);
  });

  it('bans the client after 3 failed logins, even with the right password, until the ban is lifted', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await send(getProject, 'wrong');
    const banned = await send(getProject);
    expect(banned.interpretation).toMatchObject({ outcome: 'error', code: 403 });
    expect(banned.interpretation.summary).toMatch(/banned after 3 failed login attempts/);
    expect(banned.interpretation.hints.join(' ')).toMatch(/bans a client IP after 3 failed logins/);
    expect(wbteamproAuth.isAuthFailure(banned.response)).toBe(false);
    mock.clearBans();
    expect((await send(getProject)).interpretation.outcome).toBe('ok');
    for (let attempt = 0; attempt < 3; attempt += 1) await send(getProject, 'wrong');
    mock.reset();
    expect((await send(getProject)).interpretation.outcome).toBe('ok');
  });

  it('a missing required field and a value outside the enum are refused by the mock', async () => {
    const built = wbteamproProvider.buildRequest(
      { endpointId: 'createProject', params: { project_name: 'x' } },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    if (!built.ok) throw new Error('expected a request');
    const context = {
      profile: profile(),
      secrets: { password: wbteamproDemoCredentials.password },
      preview: false,
      send: sendPlain,
      clock: systemClock,
    };
    const withBody = async (fields: { name: string; value: string }[]) => {
      const applied = await wbteamproAuth.apply({ ...built.request, body: { kind: 'form', fields } }, context);
      const response = await sendPlain(applied.request);
      return wbteamproProvider.interpret({
        status: response.status,
        headers: response.headers,
        contentType: 'application/json',
        bodyText: response.bodyText,
        draft: { endpointId: 'createProject', params: {} },
      });
    };
    expect(await withBody([{ name: 'params', value: '{"project_status":"active"}' }])).toMatchObject({
      outcome: 'error',
      code: 400,
      summary: 'The required data was not provided: project_name',
    });
    expect(
      await withBody([
        { name: 'params[project_name]', value: 'A' },
        { name: 'params[project_status]', value: 'paused' },
      ]),
    ).toMatchObject({ code: 400, summary: 'The value provide for project_status is invalid or not allowed.' });
    expect(await withBody([{ name: 'params', value: '{broken' }])).toMatchObject({
      code: 400,
      summary: expect.stringMatching(/^Request Invalid or Bad Format: params is not valid JSON/),
    });
  });

  it('the builder refuses the same mistakes before anything is sent', () => {
    const build = (draft: ProviderDraft) =>
      wbteamproProvider.buildRequest(draft, { baseUrl: 'https://billing.example.com', fields: {} });
    expect(build({ endpointId: 'createProject', params: {} })).toMatchObject({
      ok: false,
      errors: [{ param: 'project_name', message: 'project_name is required for createProject' }],
    });
    expect(
      build({ endpointId: 'createProject', params: { project_name: 'A', project_status: 'paused' } }),
    ).toMatchObject({ ok: false, errors: [{ param: 'project_status' }] });
    expect(build({ endpointId: null, path: 'api.php/v1/projects/json', method: 'PUT', params: {} })).toMatchObject({
      ok: false,
      errors: [{ param: 'method', message: 'v1.projects.json accepts GET, POST, not PUT' }],
    });
    expect(build({ endpointId: null, path: 'api.php/v1/projects/100/bythread/json', params: {} })).toMatchObject({
      ok: false,
      errors: [{ param: 'path', message: expect.stringMatching(/"bythread" cannot follow projects\.100/) }],
    });
  });

  it('a record that does not exist, a verb the chain does not take, and the API switched off', async () => {
    const missing = await send({ endpointId: 'getProject', params: { project_id: '999' } });
    expect(missing.interpretation).toMatchObject({
      outcome: 'error',
      code: 404,
      summary: 'Record Not Found: project 999',
    });

    const built = wbteamproProvider.buildRequest(
      { endpointId: 'findProjects', params: {} },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    if (!built.ok) throw new Error('expected a request');
    const applied = await wbteamproAuth.apply(
      { ...built.request, method: 'POST', url: `${built.request.url}?method=delete` },
      {
        profile: profile(),
        secrets: { password: wbteamproDemoCredentials.password },
        preview: false,
        send: sendPlain,
        clock: systemClock,
      },
    );
    const wrongVerb = await sendPlain(applied.request);
    expect(wrongVerb.status).toBe(405);
    expect(wrongVerb.bodyText).toContain('projects accepts GET, POST, not DELETE');

    mock.faults.apiActive = false;
    const off = await send(getProject);
    expect(off.interpretation).toMatchObject({
      outcome: 'error',
      code: 403,
      summary: expect.stringContaining('Permission Denied'),
    });
  });

  it('a page that is not the API is reported as such', async () => {
    mock.faults.failNext = {
      count: 1,
      response: { status: 500, headers: { 'content-type': 'text/html' }, body: '<p>Fatal error</p>' },
    };
    const { interpretation } = await send(getProject);
    expect(interpretation.outcome).toBe('error');
    expect(interpretation.summary).toMatch(/^HTTP 500 text\/html: not a wbTeamPro answer/);
  });
});
