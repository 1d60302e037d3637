import { describe, expect, it } from 'vitest';
import { emptyQuery } from '../../../../shared/providers/webcrm/sql/model';
import { webcrmSqlSchema as schema } from '../../../../shared/providers/webcrm/sql/schema';
import { addJoin, addToGroup, newCondition, removeJoin, toggleColumn, updateItem, withColumn } from './builder-edits';

const key = schema.joinKeys.find((k) => k.from.column === 'PersonOrganisationId');
if (!key) throw new Error('no key');

describe('SQL builder edits', () => {
  it('removing a join removes the columns, conditions and sorts of the entity it brought', () => {
    let model = addJoin(emptyQuery('Person'), key);
    model = toggleColumn(model, { entity: 'Organisation', column: 'OrganisationName' });
    model = toggleColumn(model, { entity: 'Person', column: 'PersonName' });
    model = addToGroup(model, [], newCondition(model, schema));
    model = {
      ...model,
      orderBy: [{ column: { entity: 'Organisation', column: 'OrganisationName' }, direction: 'ASC' }],
    };
    expect(model.where.items[0]).toMatchObject({
      column: { entity: 'Organisation', column: 'OrganisationName' },
      operator: 'starts with',
    });
    const without = removeJoin(model, 0);
    expect(without).toEqual({
      entity: 'Person',
      joins: [],
      columns: [{ entity: 'Person', column: 'PersonName' }],
      where: { kind: 'group', join: 'AND', items: [] },
      orderBy: [],
    });
  });

  it('changing a condition to a date column keeps a fitting operator; to an enum it offers the first value', () => {
    const condition = newCondition(emptyQuery('Person'), schema);
    expect(
      withColumn({ ...condition, operator: '=' }, { entity: 'Person', column: 'PersonCreatedAt' }, schema).operator,
    ).toBe('=');
    expect(withColumn(condition, { entity: 'Person', column: 'PersonCreatedAt' }, schema).operator).toBe('=');
    expect(withColumn(condition, { entity: 'Person', column: 'PersonStatus' }, schema)).toMatchObject({
      operator: '=',
      value: 'Active',
    });
  });

  it('edits and removes conditions inside nested groups', () => {
    let model = addToGroup(emptyQuery('Person'), [], { kind: 'group', join: 'OR', items: [] });
    model = addToGroup(model, [0], newCondition(model, schema));
    model = updateItem(model, [0, 0], (item) => (item.kind === 'condition' ? { ...item, value: 'Å' } : item));
    expect(model.where.items[0]).toMatchObject({ kind: 'group', items: [{ value: 'Å' }] });
    model = updateItem(model, [0, 0], () => null);
    expect(model.where.items[0]).toMatchObject({ kind: 'group', items: [] });
  });
});
