import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webcrmProvider } from '../../../shared/providers/webcrm/definition';
import { modelToSql } from '../../../shared/providers/webcrm/sql/to-sql';
import { webcrmSqlSchema } from '../../../shared/providers/webcrm/sql/schema';
import { createWebcrmAuth } from '../../providers/webcrm/auth';
import { exchange, testProfile } from '../../providers/testing/send';
import { organisationNames } from './seed';
import { startWebcrmMock, type WebcrmMockHandle } from './server';

describe('the webCRM mock runs /Queries over its data', () => {
  let mock: WebcrmMockHandle;
  const auth = createWebcrmAuth();
  const query = async (script: string, extra: Record<string, unknown> = {}) => {
    const result = await exchange(
      auth,
      testProfile('webcrm', mock.baseUrl, {}, ['applicationToken']),
      { applicationToken: webcrmProvider.demoProfile.secrets.applicationToken ?? '' },
      { endpointId: 'QueriesGet', params: { script, Size: 1000, ...extra } },
    );
    return { result, rows: JSON.parse(result.response.bodyText) as Record<string, unknown>[] };
  };

  beforeAll(async () => {
    mock = await startWebcrmMock();
  });
  afterAll(() => mock.close());

  it('persons joined to their organisations, filtered with AND/OR and parentheses, sorted, as the builder writes it', async () => {
    const key = webcrmSqlSchema.joinKeys.find((k) => k.from.column === 'PersonOrganisationId');
    if (!key) throw new Error('no key');
    const { sql } = modelToSql(
      {
        entity: 'Person',
        columns: [
          { entity: 'Person', column: 'PersonName' },
          { entity: 'Organisation', column: 'OrganisationName' },
        ],
        joins: [key],
        where: {
          kind: 'group',
          join: 'AND',
          items: [
            {
              kind: 'group',
              join: 'OR',
              items: [
                {
                  kind: 'condition',
                  column: { entity: 'Organisation', column: 'OrganisationName' },
                  operator: 'starts with',
                  value: 'N',
                },
                {
                  kind: 'condition',
                  column: { entity: 'Organisation', column: 'OrganisationName' },
                  operator: 'starts with',
                  value: 'Ø',
                },
              ],
            },
            { kind: 'condition', column: { entity: 'Person', column: 'PersonStatus' }, operator: '<>', value: 'Guest' },
          ],
        },
        orderBy: [
          { column: { entity: 'Organisation', column: 'OrganisationName' }, direction: 'ASC' },
          { column: { entity: 'Person', column: 'PersonName' }, direction: 'ASC' },
        ],
      },
      webcrmSqlSchema,
    );
    const { result, rows } = await query(sql);
    expect(result.interpretation.outcome).toBe('ok');
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.OrganisationName))).toEqual(
      new Set(['Nimbus Cloud', 'Nordlys Energi AS', 'Østergaard & Søn A/S']),
    );
    expect(Object.keys(rows[0] ?? {})).toEqual(['PersonName', 'OrganisationName']);
    const order = rows.map((r) => `${String(r.OrganisationName)}|${String(r.PersonName)}`);
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'accent' })));
  });

  it('quotes and unicode in values match exactly; LIKE is case-insensitive like SQL Server', async () => {
    expect(
      (await query("SELECT OrganisationName FROM Organisation WHERE OrganisationName = 'O''Neill Bakery'")).rows,
    ).toEqual([{ OrganisationName: "O'Neill Bakery" }]);
    expect((await query("SELECT OrganisationName FROM Organisation WHERE OrganisationName LIKE '%翡翠'")).rows).toEqual(
      [{ OrganisationName: 'Jade Garden 翡翠' }],
    );
    expect((await query("select OrganisationName from organisation where OrganisationName like 'acme%'")).rows).toEqual(
      [{ OrganisationName: 'Acme Nordic A/S' }],
    );
  });

  it('dates compare as ISO strings or OLE numbers, checkbox custom fields as Yes/No', async () => {
    const iso = (await query("SELECT ProductId FROM Product WHERE ProductUpdatedAt >= '2019-02-01T00:00:00'")).rows;
    const ole = (await query('SELECT ProductId FROM Product WHERE ProductUpdatedAt >= 43497')).rows;
    expect(iso.length).toBeGreaterThan(0);
    expect(ole).toEqual(iso);
    const yes = (await query("SELECT PersonId FROM Person WHERE PersonCustom1 = 'Yes'")).rows.length;
    const no = (await query("SELECT PersonId FROM Person WHERE PersonCustom1 = 'No'")).rows.length;
    expect(yes + no).toBe(120);
  });

  it('pages the result with Page/Size', async () => {
    const all = (await query('SELECT OrganisationName FROM Organisation ORDER BY OrganisationId')).rows;
    expect(all.map((r) => r.OrganisationName)).toEqual(organisationNames);
    const second = await query('SELECT OrganisationName FROM Organisation ORDER BY OrganisationId', {
      Page: 2,
      Size: 10,
    });
    expect(second.rows.map((r) => r.OrganisationName)).toEqual(organisationNames.slice(10, 20));
    expect(second.result.interpretation.pagination?.next?.params).toEqual({ Page: 3, Size: 10 });
  });

  it('an unknown column is reported with SQL Server’s message', async () => {
    const { result } = await query('SELECT PersonShoeSize FROM Person');
    expect(result.interpretation).toMatchObject({ outcome: 'error', summary: "Invalid column name 'PersonShoeSize'." });
  });
});
