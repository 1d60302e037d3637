import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqlToModel } from './from-sql';
import { normalizeQuery, operatorsFor, type Condition, type ConditionGroup, type QueryModel } from './model';
import { webcrmSqlSchema as schema, findEntity, type SqlColumn } from './schema';
import { modelToSql } from './to-sql';

const person = findEntity(schema, 'Person');
const organisation = findEntity(schema, 'Organisation');
if (!person || !organisation) throw new Error('schema lacks Person/Organisation');
const personOrg = schema.joinKeys.find((k) => k.from.column === 'PersonOrganisationId');
if (!personOrg) throw new Error('no Person → Organisation key');

const roundTrip = (model: QueryModel) => {
  const built = modelToSql(model, schema);
  expect(built.problems).toEqual([]);
  const parsed = sqlToModel(built.sql, schema);
  if (!parsed.ok) throw new Error(`${parsed.reason}: ${built.sql}`);
  return { sql: built.sql, model: parsed.model };
};

describe('webCRM SQL builder round trip', () => {
  it('persons joined to their organisations, filtered and sorted, come back as the same model', () => {
    const model: QueryModel = {
      entity: 'Person',
      columns: [
        { entity: 'Person', column: 'PersonFirstName' },
        { entity: 'Organisation', column: 'OrganisationName' },
      ],
      joins: [personOrg],
      where: {
        kind: 'group',
        join: 'AND',
        items: [
          {
            kind: 'condition',
            column: { entity: 'Organisation', column: 'OrganisationName' },
            operator: 'starts with',
            value: 'A',
          },
          {
            kind: 'group',
            join: 'OR',
            items: [
              {
                kind: 'condition',
                column: { entity: 'Person', column: 'PersonCreatedAt' },
                operator: '>=',
                value: '2019-09-01T12:48:51',
              },
              { kind: 'condition', column: { entity: 'Person', column: 'PersonId' }, operator: '<', value: '10' },
            ],
          },
        ],
      },
      orderBy: [
        { column: { entity: 'Organisation', column: 'OrganisationName' }, direction: 'ASC' },
        { column: { entity: 'Person', column: 'PersonLastName' }, direction: 'DESC' },
      ],
    };
    const { sql, model: back } = roundTrip(model);
    expect(sql).toBe(
      "SELECT Person.PersonFirstName, Organisation.OrganisationName FROM Person JOIN Organisation ON (Person.PersonOrganisationId = Organisation.OrganisationId) WHERE Organisation.OrganisationName LIKE 'A%' AND (Person.PersonCreatedAt >= '2019-09-01T12:48:51' OR Person.PersonId < 10) ORDER BY Organisation.OrganisationName ASC, Person.PersonLastName DESC",
    );
    expect(back).toEqual(model);
  });

  it('values with quotes, unicode and SQL keywords are escaped and read back unchanged', () => {
    for (const value of [
      "O'Brien",
      'Åsa Ødegård 北京 🚀',
      "'; DROP TABLE Person; --",
      'SELECT * FROM Organisation',
      "x' OR '1'='1",
      'INSERT',
    ]) {
      const model: QueryModel = {
        entity: 'Person',
        columns: [],
        joins: [],
        where: {
          kind: 'group',
          join: 'AND',
          items: [{ kind: 'condition', column: { entity: 'Person', column: 'PersonLastName' }, operator: '=', value }],
        },
        orderBy: [],
      };
      const { sql, model: back } = roundTrip(model);
      expect(sql).toContain(`'${value.replace(/'/g, "''")}'`);
      expect(back).toEqual(model);
    }
  });

  it('LIKE wildcards typed by the user are matched literally', () => {
    const model: QueryModel = {
      entity: 'Person',
      columns: [],
      joins: [],
      where: {
        kind: 'group',
        join: 'AND',
        items: [
          {
            kind: 'condition',
            column: { entity: 'Person', column: 'PersonEmail' },
            operator: 'contains',
            value: '50%_off[1]',
          },
        ],
      },
      orderBy: [],
    };
    const { sql, model: back } = roundTrip(model);
    expect(sql).toContain("LIKE '%50[%][_]off[[]1]%'");
    expect(back).toEqual(model);
  });

  it('a checkbox custom field compares with Yes/No, a boolean column with 1/0, and a bad date is refused', () => {
    const checkbox = modelToSql(
      {
        entity: 'Person',
        columns: [],
        joins: [],
        where: {
          kind: 'group',
          join: 'AND',
          items: [
            { kind: 'condition', column: { entity: 'Person', column: 'PersonCustom3' }, operator: '=', value: 'Yes' },
            {
              kind: 'condition',
              column: { entity: 'Person', column: 'PersonCheckMark1' },
              operator: '=',
              value: 'true',
            },
          ],
        },
        orderBy: [],
      },
      schema,
    );
    expect(checkbox.sql).toContain("Person.PersonCustom3 = 'Yes' AND Person.PersonCheckMark1 = 1");
    const badDate = modelToSql(
      {
        entity: 'Person',
        columns: [],
        joins: [],
        where: {
          kind: 'group',
          join: 'AND',
          items: [
            {
              kind: 'condition',
              column: { entity: 'Person', column: 'PersonCreatedAt' },
              operator: '>',
              value: '1/2/2020',
            },
          ],
        },
        orderBy: [],
      },
      schema,
    );
    expect(badDate.problems[0]?.message).toMatch(/ISO date/);
    const badEnum = modelToSql(
      {
        entity: 'Person',
        columns: [],
        joins: [],
        where: {
          kind: 'group',
          join: 'AND',
          items: [
            { kind: 'condition', column: { entity: 'Person', column: 'PersonStatus' }, operator: '=', value: 'active' },
          ],
        },
        orderBy: [],
      },
      schema,
    );
    expect(badEnum.problems[0]?.message).toMatch(/exact case/);
  });

  it('SQL the builder cannot show is reported as hand-written with a reason', () => {
    expect(sqlToModel('SELECT COUNT(*) FROM Person', schema)).toMatchObject({ ok: false });
    expect(sqlToModel('SELECT * FROM Person p', schema)).toEqual({ ok: false, reason: 'Table aliases' });
    expect(
      sqlToModel('SELECT * FROM Person JOIN Product ON (Person.PersonId = Product.ProductId)', schema),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/not a known join key/) });
    expect(sqlToModel("select * from person where PersonFirstName = 'Anna'", schema)).toMatchObject({
      ok: true,
      model: {
        entity: 'Person',
        where: { items: [{ column: { entity: 'Person', column: 'PersonFirstName' }, value: 'Anna' }] },
      },
    });
  });

  it('any model of the builder survives model → SQL → parser → model (property)', () => {
    const scalar = (entity: string) =>
      (findEntity(schema, entity)?.columns ?? []).filter((c) => c.type !== 'enum' || (c.enum?.length ?? 0) > 0);
    const valueFor = (column: SqlColumn): fc.Arbitrary<string> => {
      switch (column.type) {
        case 'integer':
          return fc.integer({ min: -1000, max: 100000 }).map(String);
        case 'number':
          return fc
            .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
            .map((n) => String(Math.round(n * 100) / 100));
        case 'boolean':
          return fc.constantFrom('true', 'false');
        case 'datetime':
          return fc
            .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 19));
        case 'enum':
          return fc.constantFrom(...(column.enum ?? ['']));
        case 'string':
          return fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
      }
    };
    const conditionFor = (entities: string[]): fc.Arbitrary<Condition> =>
      fc.constantFrom(...entities).chain((entity) =>
        fc.constantFrom(...scalar(entity)).chain((column) =>
          fc
            .record({
              operator: fc.constantFrom(...operatorsFor(column).filter((o) => o !== 'like' && o !== 'not like')),
              value: valueFor(column),
            })
            .map(({ operator, value }): Condition => ({
              kind: 'condition',
              column: { entity, column: column.name },
              operator,
              value: operator === 'is null' || operator === 'is not null' ? '' : value,
            })),
        ),
      );
    const groupFor = (entities: string[], depth: number): fc.Arbitrary<ConditionGroup> =>
      fc
        .record({
          join: fc.constantFrom<'AND' | 'OR'>('AND', 'OR'),
          items: fc.array(
            depth > 0 ? fc.oneof(conditionFor(entities), groupFor(entities, depth - 1)) : conditionFor(entities),
            { maxLength: 3 },
          ),
        })
        .map(({ join, items }) => ({ kind: 'group', join, items }));
    const modelArb = fc.boolean().chain((withJoin) => {
      const entities = withJoin ? ['Person', 'Organisation'] : ['Person'];
      const columnArb = fc
        .constantFrom(...entities)
        .chain((entity) => fc.constantFrom(...scalar(entity)).map((c) => ({ entity, column: c.name })));
      return fc
        .record({
          columns: fc.uniqueArray(columnArb, { maxLength: 4, selector: (c) => `${c.entity}.${c.column}` }),
          where: groupFor(entities, 2),
          orderBy: fc.array(
            fc.record({ column: columnArb, direction: fc.constantFrom<'ASC' | 'DESC'>('ASC', 'DESC') }),
            { maxLength: 2 },
          ),
        })
        .map((parts): QueryModel => ({ entity: 'Person', joins: withJoin ? [personOrg] : [], ...parts }));
    });
    fc.assert(
      fc.property(modelArb, (model) => {
        expect(roundTrip(model).model).toEqual(normalizeQuery(model));
      }),
      { numRuns: 300 },
    );
  });
});
