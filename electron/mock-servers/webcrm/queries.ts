/**
 * The mock's /Queries: evaluates the SQL subset the builder produces (SELECT columns or *, JOIN on
 * key = key, WHERE with AND/OR/parentheses, comparisons, LIKE, IS NULL, ORDER BY) over the seeded
 * tables, with SQL Server's habits: case-insensitive names and text, T-SQL LIKE patterns. INSERT is
 * refused like webCRM does; UPDATE and DELETE change the seeded rows (webCRM excludes only INSERT).
 */
import { findInsert } from '../../../shared/providers/webcrm/sql/insert-guard';
import { isNode, literalText, parseStatements, type Node } from '../../../shared/providers/webcrm/sql/parser';
import type { Row, Tables } from './seed';

export class QueryError extends Error {}

type Joined = Map<string, Row>; // lower-case entity name → its row in this combination
type Value = string | number | boolean | null;

function tableOf(tables: Tables, name: string): { name: string; rows: Row[] } {
  for (const [key, rows] of tables) if (key.toLowerCase() === name.toLowerCase()) return { name: key, rows };
  throw new QueryError(`Invalid object name '${name}'.`);
}

function columnValue(joined: Joined, ref: Node): Value {
  const column = String(ref.column).toLowerCase();
  const sources = ref.table ? [joined.get(String(ref.table).toLowerCase())] : [...joined.values()];
  if (ref.table && !sources[0])
    throw new QueryError(`The multi-part identifier "${String(ref.table)}.${String(ref.column)}" could not be bound.`);
  for (const row of sources) {
    if (!row) continue;
    const key = Object.keys(row).find((name) => name.toLowerCase() === column);
    if (key !== undefined) return row[key] ?? null;
  }
  throw new QueryError(`Invalid column name '${String(ref.column)}'.`);
}

const oleEpoch = Date.UTC(1899, 11, 30);
const isDateText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Compares like SQL Server would for these types; null when either side is NULL. */
function compare(left: Value, right: Value): number | null {
  if (left === null || right === null) return null;
  if (isDateText(left) && (isDateText(right) || typeof right === 'number')) {
    const r = typeof right === 'number' ? oleEpoch + right * 86_400_000 : Date.parse(`${right}Z`);
    return Math.sign(Date.parse(`${left}Z`) - r);
  }
  if (typeof left === 'boolean' || typeof right === 'boolean')
    return Math.sign(
      Number(left === true || left === 1 || left === '1') - Number(right === true || right === 1 || right === '1'),
    );
  if (typeof left === 'number' || typeof right === 'number') {
    const [a, b] = [Number(left), Number(right)];
    if (Number.isNaN(a) || Number.isNaN(b))
      throw new QueryError(
        `Conversion failed when converting '${String(Number.isNaN(a) ? left : right)}' to a number.`,
      );
    return Math.sign(a - b);
  }
  return String(left).localeCompare(String(right), 'en', { sensitivity: 'accent' });
}

/** A T-SQL LIKE pattern ('%', '_', '[…]') as a case-insensitive regular expression. */
function likeRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const set = pattern.slice(i + 1, end);
        source += set.length === 1 ? set.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&') : `[${set.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'isu');
}

function valueOf(joined: Joined, node: Node): Value {
  if (node.type === 'column_ref') return columnValue(joined, node);
  const literal = literalText(node);
  if (!literal) throw new QueryError(`The mock does not evaluate ${String(node.type)} expressions.`);
  if (literal.kind === 'number') return Number(literal.text);
  if (literal.kind === 'null') return null;
  if (literal.kind === 'bool') return literal.text === 'true';
  return literal.text;
}

function test(joined: Joined, node: Node): boolean {
  const operator = String(node.operator ?? '').toUpperCase();
  const side = (value: unknown): Node =>
    isNode(value)
      ? value
      : (() => {
          throw new QueryError('Incomplete condition.');
        })();
  if (operator === 'AND') return test(joined, side(node.left)) && test(joined, side(node.right));
  if (operator === 'OR') return test(joined, side(node.left)) || test(joined, side(node.right));
  const left = valueOf(joined, side(node.left));
  if (operator === 'IS' || operator === 'IS NOT') return (left === null) === (operator === 'IS');
  if (operator === 'IN' || operator === 'NOT IN') {
    const list = isNode(node.right) && Array.isArray(node.right.value) ? (node.right.value as Node[]) : [];
    const found = list.some((item) => compare(left, valueOf(joined, item)) === 0);
    return operator === 'IN' ? found : !found;
  }
  const right = valueOf(joined, side(node.right));
  if (operator === 'LIKE' || operator === 'NOT LIKE') {
    if (left === null) return false;
    const match = likeRegex(String(right)).test(String(left));
    return operator === 'LIKE' ? match : !match;
  }
  const order = compare(left, right);
  if (order === null) return false;
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    default:
      throw new QueryError(`The mock does not evaluate the operator ${operator}.`);
  }
}

/**
 * UPDATE and DELETE of one table over the seeded rows. webCRM's documentation excludes only INSERT from
 * /Queries and does not say what a change answers. ASSUMPTION: one row `{ RowsAffected: n }`, the count
 * SQL Server reports.
 */
function runChange(tables: Tables, ast: Node): Row[] {
  const verb = String(ast.type).toUpperCase();
  const targets = Array.isArray(ast.table) ? (ast.table as Node[]) : [];
  const target = targets[0];
  if (!target || targets.length !== 1) throw new QueryError(`${verb} changes one table at a time in the mock.`);
  const table = tableOf(tables, String(target.table));
  const key = String(target.as ?? target.table).toLowerCase();
  const scope = (row: Row): Joined => new Map([[key, row]]);
  const hit = table.rows.filter((row) => !isNode(ast.where) || test(scope(row), ast.where));
  if (ast.type === 'delete') {
    for (const row of hit) table.rows.splice(table.rows.indexOf(row), 1);
    return [{ RowsAffected: hit.length }];
  }
  const assignments = Array.isArray(ast.set) ? (ast.set as Node[]) : [];
  for (const row of hit) {
    // Every value is read before any is written, as SQL evaluates SET against the row as it was.
    const values = assignments.map((assignment) => {
      const column = Object.keys(row).find((name) => name.toLowerCase() === String(assignment.column).toLowerCase());
      if (column === undefined) throw new QueryError(`Invalid column name '${String(assignment.column)}'.`);
      return [column, isNode(assignment.value) ? valueOf(scope(row), assignment.value) : null] as const;
    });
    for (const [column, value] of values) row[column] = value;
  }
  return [{ RowsAffected: hit.length }];
}

export function runQuery(tables: Tables, script: string): Row[] {
  if (findInsert(script)) throw new QueryError('INSERT statements are not allowed in queries.');
  let statements;
  try {
    statements = parseStatements(script);
  } catch (error) {
    throw new QueryError(`Incorrect syntax: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (statements.length !== 1) throw new QueryError('Only one statement is allowed.');
  const ast = statements[0] as unknown as Node;
  if (ast.type === 'update' || ast.type === 'delete') return runChange(tables, ast);
  if (ast.type !== 'select')
    throw new QueryError(`The mock evaluates SELECT, UPDATE and DELETE, not ${String(ast.type).toUpperCase()}.`);
  const from = Array.isArray(ast.from) ? (ast.from as Node[]) : [];
  const first = from[0];
  if (!first) throw new QueryError('A query needs FROM.');

  const alias = (item: Node): string => String(item.as ?? item.table).toLowerCase();
  const main = tableOf(tables, String(first.table));
  let combos: Joined[] = main.rows.map((row) => new Map([[alias(first), row]]));
  for (const item of from.slice(1)) {
    const joined = tableOf(tables, String(item.table));
    const left = String(item.join ?? '')
      .toUpperCase()
      .startsWith('LEFT');
    combos = combos.flatMap((combo) => {
      const matches = joined.rows
        .map((row) => new Map(combo).set(alias(item), row))
        .filter((candidate) => !isNode(item.on) || test(candidate, item.on));
      return matches.length > 0 || !left ? matches : [combo];
    });
  }
  if (isNode(ast.where)) combos = combos.filter((combo) => test(combo, ast.where as Node));

  const orderBy = Array.isArray(ast.orderby) ? (ast.orderby as Node[]) : [];
  if (orderBy.length > 0) {
    combos = [...combos].sort((a, b) => {
      for (const key of orderBy) {
        const expr = isNode(key.expr) ? key.expr : null;
        if (!expr) continue;
        const [x, y] = [valueOf(a, expr), valueOf(b, expr)];
        // NULLs first ascending, as SQL Server sorts them.
        const order = x === null || y === null ? (x === null ? (y === null ? 0 : -1) : 1) : (compare(x, y) ?? 0);
        if (order !== 0) return key.type === 'DESC' ? -order : order;
      }
      return 0;
    });
  }

  const columns = Array.isArray(ast.columns) ? (ast.columns as Node[]) : [];
  return combos.map((combo) => {
    const out: Row = {};
    for (const column of columns) {
      const expr = isNode(column.expr) ? column.expr : null;
      if (!expr) continue;
      if (expr.type === 'column_ref' && expr.column === '*') {
        const sources = expr.table ? [combo.get(String(expr.table).toLowerCase())] : [...combo.values()];
        for (const row of sources) if (row) Object.assign(out, row);
        continue;
      }
      const name =
        typeof column.as === 'string' ? column.as : expr.type === 'column_ref' ? String(expr.column) : 'Column';
      const canonical =
        expr.type === 'column_ref'
          ? Object.keys(
              combo.get(String(expr.table ?? '').toLowerCase()) ??
                [...combo.values()].find((row) =>
                  Object.keys(row).some((k) => k.toLowerCase() === name.toLowerCase()),
                ) ??
                {},
            ).find((k) => k.toLowerCase() === name.toLowerCase())
          : undefined;
      out[typeof column.as === 'string' ? column.as : (canonical ?? name)] = valueOf(combo, expr);
    }
    return out;
  });
}
