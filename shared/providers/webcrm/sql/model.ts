/**
 * What the visual builder edits: one entity, its columns, joins along known keys, a tree of conditions,
 * and a sort. Paging (Page/Size) travels as request parameters, not in the SQL.
 */
import type { ColumnRef, ColumnType, JoinKey, SqlColumn } from './schema';

export const operators = [
  '=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  'contains',
  'starts with',
  'ends with',
  'like',
  'not like',
  'is null',
  'is not null',
] as const;
export type Operator = (typeof operators)[number];

export interface Condition {
  readonly kind: 'condition';
  readonly column: ColumnRef;
  readonly operator: Operator;
  /** As the user typed it; the SQL writer quotes and escapes it by the column's type. */
  readonly value: string;
}

export interface ConditionGroup {
  readonly kind: 'group';
  readonly join: 'AND' | 'OR';
  readonly items: readonly (Condition | ConditionGroup)[];
}

export interface SortKey {
  readonly column: ColumnRef;
  readonly direction: 'ASC' | 'DESC';
}

export interface QueryModel {
  readonly entity: string;
  /** Empty means every column (`SELECT *`). */
  readonly columns: readonly ColumnRef[];
  readonly joins: readonly JoinKey[];
  readonly where: ConditionGroup;
  readonly orderBy: readonly SortKey[];
}

export const emptyGroup: ConditionGroup = { kind: 'group', join: 'AND', items: [] };

export function emptyQuery(entity: string): QueryModel {
  return { entity, columns: [], joins: [], where: emptyGroup, orderBy: [] };
}

const valueless: ReadonlySet<Operator> = new Set(['is null', 'is not null']);
export const operatorTakesValue = (operator: Operator): boolean => !valueless.has(operator);

/** The operators that make sense for a column's type. */
export function operatorsFor(column: Pick<SqlColumn, 'type' | 'custom'>): readonly Operator[] {
  const byType: Record<ColumnType, readonly Operator[]> = {
    string: ['=', '<>', 'contains', 'starts with', 'ends with', 'like', 'not like', 'is null', 'is not null'],
    integer: ['=', '<>', '<', '<=', '>', '>=', 'is null', 'is not null'],
    number: ['=', '<>', '<', '<=', '>', '>=', 'is null', 'is not null'],
    datetime: ['=', '<>', '<', '<=', '>', '>=', 'is null', 'is not null'],
    boolean: ['=', '<>'],
    enum: ['=', '<>', 'is null', 'is not null'],
  };
  return byType[column.type];
}

/** Entities the query reads from: the main one and every joined one, in join order. */
export function entitiesInQuery(model: Pick<QueryModel, 'entity' | 'joins'>): string[] {
  const present = [model.entity];
  for (const join of model.joins) {
    const added = present.includes(join.from.entity) ? join.to.entity : join.from.entity;
    if (!present.includes(added)) present.push(added);
  }
  return present;
}

/** The canonical form of a condition tree: no empty groups, single-item groups unwrapped, a lone root is AND. */
export function normalizeGroup(group: ConditionGroup, root = true): ConditionGroup {
  const items: (Condition | ConditionGroup)[] = [];
  for (const item of group.items) {
    if (item.kind === 'condition') {
      items.push(item);
      continue;
    }
    const inner = normalizeGroup(item, false);
    if (inner.items.length === 1 && inner.items[0]) items.push(inner.items[0]);
    else if (inner.items.length > 1) items.push(inner);
  }
  // A root holding only a group is that group (its parentheses are the WHERE's own).
  const only = items[0];
  if (root && items.length === 1 && only?.kind === 'group') return normalizeGroup(only, true);
  return { kind: 'group', join: root && items.length < 2 ? 'AND' : group.join, items };
}

export function normalizeQuery(model: QueryModel): QueryModel {
  return { ...model, where: normalizeGroup(model.where) };
}
