import { describe, expect, it } from 'vitest';
import type { ProviderDraft } from '../types';
import { addonBaseUrl, buildWbTeamProRequest } from './build';
import { envelopeToXml, readEnvelope } from './envelope';
import { interpretWbTeamPro } from './interpret';

const profile = { baseUrl: 'https://billing.example.com/', fields: { urlStyle: 'path', format: 'json' } };
const urlOf = (draft: ProviderDraft, context = profile) => {
  const built = buildWbTeamProRequest(draft, context);
  if (!built.ok) throw new Error(built.errors.map((error) => error.message).join('; '));
  return built.request;
};

describe('the request a draft becomes', () => {
  it('derives the addon folder from the WHMCS URL, also when given the addon or api.php URL', () => {
    expect(addonBaseUrl('https://billing.example.com')).toBe('https://billing.example.com/modules/addons/wbteampro/');
    expect(addonBaseUrl('https://x.test/whmcs/modules/addons/wbteampro/api.php')).toBe(
      'https://x.test/whmcs/modules/addons/wbteampro/',
    );
    expect(addonBaseUrl('ftp://x.test')).toBeNull();
  });

  it('writes the chain in the three URL styles of the reference', () => {
    const draft: ProviderDraft = { endpointId: 'getProjectActions', params: { project_id: '100' } };
    expect(urlOf(draft).url).toBe(
      'https://billing.example.com/modules/addons/wbteampro/api.php/v1/projects/100/actions/json',
    );
    expect(urlOf({ ...draft, options: { urlStyle: 'rewrite', format: 'xml' } }).url).toBe(
      'https://billing.example.com/modules/addons/wbteampro/api/v1/projects/100/actions/xml',
    );
    expect(urlOf({ ...draft, options: { urlStyle: 'direct' } }).url).toBe(
      'https://billing.example.com/modules/addons/wbteampro/api.php?action=v1.projects.100.actions.json',
    );
  });

  it('builds exactly the chain builder draft: path, verb mode, params style', () => {
    const request = urlOf({
      endpointId: 'updateTimelog',
      method: 'PUT',
      path: 'api.php?action=v1.timelogs.3001.json',
      params: { timelog_note: 'Call', timelog_type: 'rush' },
      options: { urlStyle: 'direct', verbMode: 'param', paramsStyle: 'array', format: 'json' },
    });
    expect(request).toEqual({
      method: 'POST',
      url: 'https://billing.example.com/modules/addons/wbteampro/api.php?action=v1.timelogs.3001.json&method=put',
      headers: [],
      body: {
        kind: 'form',
        fields: [
          { name: 'params[timelog_note]', value: 'Call' },
          { name: 'params[timelog_type]', value: 'rush' },
        ],
      },
    });
  });

  it("fills the catalog path's {placeholder} from the params and does not send that param again", () => {
    const request = urlOf({
      endpointId: 'getProjectTimelogs',
      path: 'modules/addons/wbteampro/api.php/v1/projects/{project_id}/timelogs/json',
      params: { project_id: 101, limit: 5 },
    });
    expect(request.url).toBe(
      'https://billing.example.com/modules/addons/wbteampro/api.php/v1/projects/101/timelogs/json?params=%7B%22limit%22%3A5%7D',
    );
    expect(
      buildWbTeamProRequest(
        { endpointId: 'getProject', path: 'api.php/v1/projects/{project_id}/json', params: {} },
        profile,
      ),
    ).toMatchObject({
      ok: false,
      errors: [{ param: 'path', message: expect.stringContaining('Replace {project_id} with a record id') }],
    });
  });

  it("does not send the chain's record id again as a param (the builder mirrors it for the catalog checks)", () => {
    const request = urlOf({
      endpointId: 'getProjectActions',
      path: 'api.php/v1/projects/100/actions/json',
      params: { project_id: '100', action_status: 'active' },
    });
    expect(request.url).toBe(
      'https://billing.example.com/modules/addons/wbteampro/api.php/v1/projects/100/actions/json?params=%7B%22action_status%22%3A%22active%22%7D',
    );
  });

  it('puts GET params in the query as a JSON string by default', () => {
    expect(urlOf({ endpointId: 'findActions', params: { project_id: 100, limit: 10, action_notes: '' } }).url).toBe(
      'https://billing.example.com/modules/addons/wbteampro/api.php/v1/actions/json?params=%7B%22project_id%22%3A100%2C%22limit%22%3A10%7D',
    );
  });

  it('names the parameter and the problem when it cannot build', () => {
    const fail = (draft: ProviderDraft) => buildWbTeamProRequest(draft, profile);
    expect(fail({ endpointId: 'getProject', params: {} })).toMatchObject({
      ok: false,
      errors: [{ param: 'project_id', message: 'project_id is required for getProject: it goes into the chain' }],
    });
    expect(fail({ endpointId: 'findTimelogs', params: { limit: 'lots' } })).toMatchObject({
      ok: false,
      errors: [{ param: 'limit', message: 'limit must be a whole number (got "lots")' }],
    });
    expect(
      fail({ endpointId: 'createTimelog', params: { project_id: 100, timelog_start: 'yesterday' } }),
    ).toMatchObject({ ok: false, errors: [{ param: 'timelog_start' }] });
    expect(
      buildWbTeamProRequest({ endpointId: 'getConfig', params: {} }, { baseUrl: 'billing', fields: {} }),
    ).toMatchObject({ ok: false, errors: [{ param: 'baseUrl' }] });
  });
});

describe('reading the envelope', () => {
  const envelope = {
    request: { action: 'projects/219/whmcstickets', method: 'GET', format: 'xml', code: 200, message: 'Success' },
    response: {
      data: { total: 1, page: 1, pages: 0, limit: 50, offset: 0, filters: { project_id: 219 } },
      project: { project_id: 219 },
      whmcstickets: [{ id: 2038, ticketxref: { xref_id: 91 } }],
    },
  };

  it('reads the XML form the same as the JSON form, one-item lists included', () => {
    const xml = readEnvelope(envelopeToXml(envelope));
    expect(xml).toEqual({ ok: true, format: 'xml', envelope });
  });

  it('shows the reference example with its pages-0 quirk as one page, the parent as a one-row table', () => {
    const interpretation = interpretWbTeamPro({
      status: 200,
      headers: [],
      contentType: 'application/json',
      bodyText: JSON.stringify(envelope),
      draft: { endpointId: null, params: {} },
    });
    expect(interpretation).toMatchObject({
      outcome: 'ok',
      code: 200,
      summary: 'Success: GET projects/219/whmcstickets — project, 1 whmcstickets (1 in all, page 1)',
      pagination: { page: 1, pages: 1, next: undefined },
    });
    expect(interpretation.tables?.map((table) => [table.name, table.rows.length])).toEqual([
      ['project', 1],
      ['whmcstickets', 1],
    ]);
  });
});
