/**
 * SQL text → builder model, when the builder can show it: one SELECT of columns (or *) from an entity,
 * joins on known keys, AND/OR conditions on columns against literals, ORDER BY columns. Anything else is a
 * hand-written query, and the reason says what the builder cannot show.
 */
import { type Condition, type ConditionGroup, type Operator, type QueryModel, type SortKey } from './model';
import { isNode, literalText, parseStatements, type Node } from './parser';
import { findColumn, findEntity, type ColumnRef, type JoinKey, type SqlSchema } from './schema';

export type FromSqlResult =
  { readonly ok: true; readonly model: QueryModel } | { readonly ok: false; readonly reason: string };

class Unrepresentable extends Error {}
const fail = (reason: string): never => {
  throw new Unrepresentable(reason);
};

function unescapeLike(pattern: string): string | null {
  // Only plain text with T-SQL bracket escapes ([%], [_], [[]) is representable as contains/starts/ends.
  if (!/^(?:[^%_[]|\[[%_[]\])*$/.test(pattern)) return null;
  return pattern.replace(/\[([%_[])\]/g, '$1');
}

function likeCondition(column: ColumnRef, pattern: string, negated: boolean): Condition {
  if (!negated) {
    const inner =
      pattern.length >= 2 && pattern.startsWith('%') && pattern.endsWith('%')
        ? unescapeLike(pattern.slice(1, -1))
        : null;
    if (inner !== null && inner !== '') return { kind: 'condition', column, operator: 'contains', value: inner };
    const prefix = pattern.endsWith('%') ? unescapeLike(pattern.slice(0, -1)) : null;
    if (prefix !== null && prefix !== '') return { kind: 'condition', column, operator: 'starts with', value: prefix };
    const suffix = pattern.startsWith('%') ? unescapeLike(pattern.slice(1)) : null;
    if (suffix !== null && suffix !== '') return { kind: 'condition', column, operator: 'ends with', value: suffix };
  }
  return { kind: 'condition', column, operator: negated ? 'not like' : 'like', value: pattern };
}

export function sqlToModel(sql: string, schema: SqlSchema): FromSqlResult {
  let statements;
  try {
    statements = parseStatements(sql);
  } catch {
    return { ok: false, reason: 'The SQL does not parse' };
  }
  try {
    if (statements.length !== 1) fail('More than one statement');
    const ast = statements[0] as unknown as Node;
    if (ast.type !== 'select') fail(`A ${String(ast.type).toUpperCase()} statement`);
    if (ast.distinct || ast.groupby || ast.having || ast.top || ast.limit || ast.with)
      fail('DISTINCT, TOP, GROUP BY or HAVING');
    const from = Array.isArray(ast.from) ? (ast.from as Node[]) : fail('No FROM');
    const first = from[0] ?? fail('No FROM');
    const main = findEntity(schema, String(first.table)) ?? fail(`Unknown table ${String(first.table)}`);
    if (first.as) fail('Table aliases');

    const joins: JoinKey[] = [];
    const present = [main.name];
    const entityOf = (table: unknown): string => {
      if (typeof table !== 'string') fail('A column without its table');
      const entity = findEntity(schema, String(table));
      if (!entity || !present.includes(entity.name)) fail(`${String(table)} is not in the query`);
      return entity?.name ?? '';
    };
    const columnRef = (node: unknown): ColumnRef => {
      if (!isNode(node) || node.type !== 'column_ref') return fail('An expression that is not a plain column');
      const name = String(node.column);
      const candidates = node.table
        ? [entityOf(node.table)]
        : present.filter((entity) =>
            findEntity(schema, entity)?.columns.some((c) => c.name.toLowerCase() === name.toLowerCase()),
          );
      const owner = candidates[0] ? findEntity(schema, candidates[0]) : undefined;
      const column = owner ? findColumn(owner, name) : undefined;
      if (!owner || !column) fail(`Unknown column ${name}`);
      return { entity: owner?.name ?? '', column: column?.name ?? '' };
    };

    for (const item of from.slice(1)) {
      if (item.join !== 'JOIN' && item.join !== 'INNER JOIN') fail(`${String(item.join ?? 'A comma')} join`);
      if (item.as) fail('Table aliases');
      const joined = findEntity(schema, String(item.table)) ?? fail(`Unknown table ${String(item.table)}`);
      present.push(joined.name);
      const on = isNode(item.on) && item.on.operator === '=' ? item.on : fail('A join condition other than key = key');
      const [a, b] = [columnRef(on.left), columnRef(on.right)];
      const key = schema.joinKeys.find(
        (k) =>
          (k.from.entity === a.entity &&
            k.from.column === a.column &&
            k.to.entity === b.entity &&
            k.to.column === b.column) ||
          (k.from.entity === b.entity &&
            k.from.column === b.column &&
            k.to.entity === a.entity &&
            k.to.column === a.column),
      );
      if (!key) fail(`${a.entity}.${a.column} = ${b.entity}.${b.column} is not a known join key`);
      if (key) joins.push(key);
    }

    const columnsAst = Array.isArray(ast.columns) ? (ast.columns as Node[]) : [];
    const star =
      columnsAst.length === 1 &&
      isNode(columnsAst[0]?.expr) &&
      columnsAst[0].expr.column === '*' &&
      !columnsAst[0].expr.table;
    const columns = star ? [] : columnsAst.map((c) => (c.as ? fail('Column aliases') : columnRef(c.expr)));

    const condition = (node: Node): Condition | ConditionGroup => {
      const operator = String(node.operator ?? '');
      if (node.type !== 'binary_expr') return fail('A condition that is not column-operator-value');
      if (operator === 'AND' || operator === 'OR') {
        const items: (Condition | ConditionGroup)[] = [];
        const add = (child: unknown) => {
          if (!isNode(child)) return fail('An empty condition');
          if (child.type === 'binary_expr' && child.operator === operator && !child.parentheses) {
            add(child.left);
            add(child.right);
          } else items.push(condition(child));
        };
        add(node.left);
        add(node.right);
        return { kind: 'group', join: operator, items };
      }
      const column = columnRef(node.left);
      const right = isNode(node.right) ? literalText(node.right) : null;
      if (!right) return fail('A comparison with something other than a value');
      if ((operator === 'IS' || operator === 'IS NOT') && right.kind === 'null')
        return { kind: 'condition', column, operator: operator === 'IS' ? 'is null' : 'is not null', value: '' };
      if (operator === 'LIKE' || operator === 'NOT LIKE')
        return likeCondition(column, right.text, operator === 'NOT LIKE');
      if (!['=', '<>', '!=', '<', '<=', '>', '>='].includes(operator) || right.kind === 'null')
        return fail(`The operator ${operator}`);
      const owner = findEntity(schema, column.entity);
      const type = owner ? findColumn(owner, column.column)?.type : undefined;
      const value =
        type === 'boolean' && right.kind === 'number' ? (right.text === '0' ? 'false' : 'true') : right.text;
      return { kind: 'condition', column, operator: (operator === '!=' ? '<>' : operator) as Operator, value };
    };
    let where: ConditionGroup = { kind: 'group', join: 'AND', items: [] };
    if (isNode(ast.where)) {
      const root = condition(ast.where);
      where = root.kind === 'group' ? root : { kind: 'group', join: 'AND', items: [root] };
    }

    const orderBy: SortKey[] = (Array.isArray(ast.orderby) ? (ast.orderby as Node[]) : []).map((o) => ({
      column: columnRef(o.expr),
      direction: o.type === 'DESC' ? 'DESC' : 'ASC',
    }));
    return { ok: true, model: { entity: main.name, columns, joins, where, orderBy } };
  } catch (error) {
    if (error instanceof Unrepresentable) return { ok: false, reason: error.message };
    throw error;
  }
}
