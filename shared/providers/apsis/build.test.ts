import { describe, expect, it } from 'vitest';
import { buildApsisRequest } from './build';

const mockProfile = { baseUrl: 'http://127.0.0.1:9999', fields: { region: 'custom' } };

describe('APSIS request building', () => {
  it('sends "Get mailing lists" with no input: page 1 and the default page size', () => {
    const built = buildApsisRequest({ endpointId: 'MailingList.getMailinglistsPaginated', params: {} }, mockProfile);
    expect(built.ok && built.request).toMatchObject({
      method: 'GET',
      url: 'http://127.0.0.1:9999/v1/mailinglists/1/10',
      body: { kind: 'none' },
    });
  });

  it('goes to the region host unless the region is Custom', () => {
    const eu = buildApsisRequest(
      { endpointId: 'Filter.getAllFilters', params: {} },
      { baseUrl: '', fields: { region: 'eu' } },
    );
    expect(eu.ok && eu.request.url).toBe('https://se.api.anpdm.com:8443/v1/filter/all');
    const apac = buildApsisRequest(
      { endpointId: 'Filter.getAllFilters', params: {} },
      { baseUrl: 'http://elsewhere.example', fields: { region: 'apac' } },
    );
    expect(apac.ok && apac.request.url).toBe('https://se.api.anpasia.com:8443/v1/filter/all');
    expect(apac.ok && apac.warnings[0]).toContain('used only with region Custom');
  });

  it('takes the key out of a key:@host base URL, with a warning', () => {
    const built = buildApsisRequest(
      { endpointId: 'Filter.getAllFilters', params: {} },
      { baseUrl: 'http://abc123:@se.api.anpdm.com', fields: { region: 'custom' } },
    );
    expect(built.ok && built.request.url).toBe('http://se.api.anpdm.com/v1/filter/all');
    expect(built.ok && built.warnings[0]).toContain('Authorization header');
  });

  it('fills path and query parameters and sends the body as JSON', () => {
    const built = buildApsisRequest(
      {
        endpointId: 'Subscriber.createSubscriber',
        params: { mailingListId: 7, updateIfExists: true, body: '{"Email":"a@example.com"}' },
      },
      mockProfile,
    );
    expect(built.ok && built.request).toMatchObject({
      method: 'POST',
      url: 'http://127.0.0.1:9999/v1/subscribers/mailinglist/7/create?updateIfExists=true',
      body: { kind: 'json', text: '{"Email":"a@example.com"}' },
    });
  });

  it('sends a bare string body as the JSON string it stands for', () => {
    const built = buildApsisRequest(
      { endpointId: 'Subscriber.getSubscriberIdByEmail', params: { body: 'jane@example.com' } },
      mockProfile,
    );
    expect(built.ok && built.request.body).toEqual({ kind: 'json', text: '"jane@example.com"' });
  });

  it('names bad path values, invalid JSON and missing required body fields', () => {
    const built = buildApsisRequest(
      { endpointId: 'MailingList.getMailinglistsPaginated', params: { pageNumber: 0, pageSize: 'ten' } },
      mockProfile,
    );
    expect(!built.ok && built.errors.map((error) => error.param)).toEqual(['pageNumber', 'pageSize']);
    const broken = buildApsisRequest(
      { endpointId: 'MailingList.createMailinglist', params: { body: '{"Name": ' } },
      mockProfile,
    );
    expect(!broken.ok && broken.errors[0]?.message).toMatch(/^body is not valid JSON/);
    const noName = buildApsisRequest(
      { endpointId: 'MailingList.createMailinglist', params: { body: { FromEmail: 'x@example.com' } } },
      mockProfile,
    );
    expect(!noName.ok && noName.errors[0]?.message).toBe('body.Name is required (field names are case sensitive)');
    const wrongKind = buildApsisRequest(
      { endpointId: 'Subscriber.deleteMultipleSubscribersById', params: { body: '{"Id": 1}' } },
      mockProfile,
    );
    expect(!wrongKind.ok && wrongKind.errors[0]?.message).toContain('must be a JSON array');
  });

  it('asks for a host when the region is Custom and the base URL is empty', () => {
    const built = buildApsisRequest(
      { endpointId: 'Filter.getAllFilters', params: {} },
      { baseUrl: '', fields: { region: 'custom' } },
    );
    expect(!built.ok && built.errors[0]?.message).toContain('choose a region');
  });
});
