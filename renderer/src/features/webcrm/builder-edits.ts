/** Pure edits of the builder model, so the panel's handlers stay one line each. */
import {
  emptyQuery,
  entitiesInQuery,
  operatorsFor,
  type Condition,
  type ConditionGroup,
  type QueryModel,
} from '../../../../shared/providers/webcrm/sql/model';
import {
  findColumn,
  findEntity,
  type ColumnRef,
  type JoinKey,
  type SqlSchema,
} from '../../../../shared/providers/webcrm/sql/schema';

export type TreePath = readonly number[];
type Item = Condition | ConditionGroup;

const sameColumn = (a: ColumnRef, b: ColumnRef) => a.entity === b.entity && a.column === b.column;
const sameKey = (a: JoinKey, b: JoinKey) => sameColumn(a.from, b.from) && sameColumn(a.to, b.to);

export function toggleColumn(model: QueryModel, ref: ColumnRef): QueryModel {
  const has = model.columns.some((c) => sameColumn(c, ref));
  return { ...model, columns: has ? model.columns.filter((c) => !sameColumn(c, ref)) : [...model.columns, ref] };
}

export function addJoin(model: QueryModel, key: JoinKey): QueryModel {
  return model.joins.some((j) => sameKey(j, key)) ? model : { ...model, joins: [...model.joins, key] };
}

function pruneGroup(group: ConditionGroup, present: readonly string[]): ConditionGroup {
  return {
    ...group,
    items: group.items
      .filter((item) => item.kind === 'group' || present.includes(item.column.entity))
      .map((item) => (item.kind === 'group' ? pruneGroup(item, present) : item)),
  };
}

/** Removing a join also removes what referred to the entities it brought in. */
export function removeJoin(model: QueryModel, index: number): QueryModel {
  const joins: JoinKey[] = [];
  for (const [i, join] of model.joins.entries()) {
    const present = entitiesInQuery({ entity: model.entity, joins });
    if (i !== index && (present.includes(join.from.entity) || present.includes(join.to.entity))) joins.push(join);
  }
  const present = entitiesInQuery({ entity: model.entity, joins });
  return {
    ...model,
    joins,
    columns: model.columns.filter((c) => present.includes(c.entity)),
    where: pruneGroup(model.where, present),
    orderBy: model.orderBy.filter((s) => present.includes(s.column.entity)),
  };
}

export function changeEntity(_model: QueryModel, entity: string): QueryModel {
  return emptyQuery(entity);
}

function mapAt(group: ConditionGroup, path: TreePath, change: (item: Item) => Item | null): ConditionGroup {
  const [head, ...rest] = path;
  if (head === undefined) return group;
  const items: Item[] = [];
  group.items.forEach((item, index) => {
    if (index !== head) items.push(item);
    else if (rest.length === 0) {
      const changed = change(item);
      if (changed) items.push(changed);
    } else if (item.kind === 'group') items.push(mapAt(item, rest, change));
    else items.push(item);
  });
  return { ...group, items };
}

export function updateItem(model: QueryModel, path: TreePath, change: (item: Item) => Item | null): QueryModel {
  return { ...model, where: mapAt(model.where, path, change) };
}

export function groupAt(model: QueryModel, path: TreePath): ConditionGroup {
  let group = model.where;
  for (const index of path) {
    const next = group.items[index];
    if (next?.kind !== 'group') break;
    group = next;
  }
  return group;
}

export function addToGroup(model: QueryModel, path: TreePath, item: Item): QueryModel {
  if (path.length === 0) return { ...model, where: { ...model.where, items: [...model.where.items, item] } };
  return updateItem(model, path, (group) =>
    group.kind === 'group' ? { ...group, items: [...group.items, item] } : group,
  );
}

/** A new condition on the first text column of the newest entity, so it is valid at once. */
export function newCondition(model: QueryModel, schema: SqlSchema): Condition {
  const present = entitiesInQuery(model);
  const entity = findEntity(schema, present[present.length - 1] ?? model.entity);
  const column =
    entity?.columns.find((c) => c.name === `${entity.name}Name`) ??
    entity?.columns.find((c) => /Name$/.test(c.name) && c.type === 'string') ??
    entity?.columns[0];
  return {
    kind: 'condition',
    column: { entity: entity?.name ?? model.entity, column: column?.name ?? '' },
    operator: column?.type === 'string' ? 'starts with' : '=',
    value: '',
  };
}

/** A column change keeps the operator when it still fits the new type, else takes the first that does. */
export function withColumn(condition: Condition, ref: ColumnRef, schema: SqlSchema): Condition {
  const entity = findEntity(schema, ref.entity);
  const column = entity ? findColumn(entity, ref.column) : undefined;
  const fitting = column ? operatorsFor(column) : [];
  const operator = fitting.includes(condition.operator) ? condition.operator : (fitting[0] ?? '=');
  const value =
    column?.type === 'enum' ? (column.enum?.[0] ?? '') : column?.type === 'boolean' ? 'true' : condition.value;
  return { ...condition, column: ref, operator, value };
}
