/** Builder model → SQL text for /Queries: identifiers checked against the schema, values quoted by type. */
import { entitiesInQuery, operatorTakesValue, type Condition, type ConditionGroup, type QueryModel } from './model';
import { findColumn, findEntity, type ColumnRef, type SqlColumn, type SqlSchema } from './schema';

export interface SqlBuildProblem {
  /** e.g. `where.1.0` (the path to the condition) or `columns.2`. */
  readonly path: string;
  readonly message: string;
}

export interface SqlBuildResult {
  readonly sql: string;
  readonly problems: readonly SqlBuildProblem[];
}

// T-SQL words that are also webCRM table names: written as [User] so the parser and SQL Server read a name.
const reserved = new Set(['user', 'order', 'group', 'key', 'file', 'table', 'index', 'identity']);

export function quoteIdentifier(name: string): string {
  return reserved.has(name.toLowerCase()) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
    ? `[${name.replace(/]/g, ']]')}]`
    : name;
}

/** A string literal: single quotes doubled; unicode as is (the whole query is URL-encoded in transit). */
export function quoteString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** LIKE's own wildcards in a user's text, escaped the T-SQL way. */
export function escapeLike(value: string): string {
  return value.replace(/[[%_]/g, (ch) => `[${ch}]`);
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const numeric = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A value as an SQL literal for a column, or the reason it cannot be one. */
export function literalFor(
  column: SqlColumn,
  value: string,
): { ok: true; sql: string } | { ok: false; message: string } {
  const trimmed = value.trim();
  switch (column.type) {
    case 'integer':
      return /^-?\d+$/.test(trimmed)
        ? { ok: true, sql: trimmed }
        : { ok: false, message: `${column.name} takes a whole number, not "${value}"` };
    case 'number':
      return numeric.test(trimmed)
        ? { ok: true, sql: trimmed }
        : { ok: false, message: `${column.name} takes a number, not "${value}"` };
    case 'boolean':
      if (/^(true|yes|1)$/i.test(trimmed)) return { ok: true, sql: '1' };
      if (/^(false|no|0)$/i.test(trimmed)) return { ok: true, sql: '0' };
      return { ok: false, message: `${column.name} is true or false` };
    case 'datetime':
      // webCRM also accepts an OLE Automation date number (its own docs' example does that).
      if (numeric.test(trimmed)) return { ok: true, sql: trimmed };
      return isoDate.test(trimmed)
        ? { ok: true, sql: quoteString(trimmed) }
        : { ok: false, message: `${column.name} takes an ISO date such as 2019-09-01T12:48:51, not "${value}"` };
    case 'enum':
      return column.enum?.includes(value)
        ? { ok: true, sql: quoteString(value) }
        : { ok: false, message: `${column.name} is one of ${column.enum?.join(', ')} (exact case), not "${value}"` };
    case 'string':
      return { ok: true, sql: quoteString(value) };
  }
}

function columnSql(ref: ColumnRef): string {
  return `${quoteIdentifier(ref.entity)}.${quoteIdentifier(ref.column)}`;
}

function conditionSql(
  condition: Condition,
  column: SqlColumn,
): { ok: true; sql: string } | { ok: false; message: string } {
  const left = columnSql(condition.column);
  switch (condition.operator) {
    case 'is null':
      return { ok: true, sql: `${left} IS NULL` };
    case 'is not null':
      return { ok: true, sql: `${left} IS NOT NULL` };
    case 'contains':
      return { ok: true, sql: `${left} LIKE ${quoteString(`%${escapeLike(condition.value)}%`)}` };
    case 'starts with':
      return { ok: true, sql: `${left} LIKE ${quoteString(`${escapeLike(condition.value)}%`)}` };
    case 'ends with':
      return { ok: true, sql: `${left} LIKE ${quoteString(`%${escapeLike(condition.value)}`)}` };
    case 'like':
      return { ok: true, sql: `${left} LIKE ${quoteString(condition.value)}` };
    case 'not like':
      return { ok: true, sql: `${left} NOT LIKE ${quoteString(condition.value)}` };
    default: {
      const literal = literalFor(column, condition.value);
      return literal.ok ? { ok: true, sql: `${left} ${condition.operator} ${literal.sql}` } : literal;
    }
  }
}

export function modelToSql(model: QueryModel, schema: SqlSchema): SqlBuildResult {
  const problems: SqlBuildProblem[] = [];
  const present = entitiesInQuery(model);
  const resolve = (ref: ColumnRef, path: string): SqlColumn | null => {
    const entity = findEntity(schema, ref.entity);
    const column = entity ? findColumn(entity, ref.column) : undefined;
    if (!entity || !present.includes(entity.name))
      problems.push({ path, message: `${ref.entity} is not in the query: add it as a join first` });
    else if (!column) problems.push({ path, message: `${ref.entity} has no column ${ref.column}` });
    return column ?? null;
  };
  if (!findEntity(schema, model.entity)) problems.push({ path: 'entity', message: `Unknown entity ${model.entity}` });

  const columns =
    model.columns.length === 0
      ? '*'
      : model.columns.map((ref, index) => (resolve(ref, `columns.${index}`), columnSql(ref))).join(', ');
  let sql = `SELECT ${columns} FROM ${quoteIdentifier(model.entity)}`;
  const joined = [model.entity];
  for (const join of model.joins) {
    const added = joined.includes(join.from.entity) ? join.to.entity : join.from.entity;
    joined.push(added);
    sql += ` JOIN ${quoteIdentifier(added)} ON (${columnSql(join.from)} = ${columnSql(join.to)})`;
  }

  const groupSql = (group: ConditionGroup, path: string, nested: boolean): string => {
    const parts = group.items.map((item, index) => {
      const itemPath = `${path}.${index}`;
      if (item.kind === 'group') return groupSql(item, itemPath, true);
      const column = resolve(item.column, itemPath);
      if (!column) return '';
      if (operatorTakesValue(item.operator) && item.value === '' && item.operator !== '=' && item.operator !== '<>')
        problems.push({ path: itemPath, message: `${item.column.column} ${item.operator}: enter a value` });
      const built = conditionSql(item, column);
      if (!built.ok) problems.push({ path: itemPath, message: built.message });
      return built.ok ? built.sql : '';
    });
    const kept = parts.filter((part) => part !== '');
    const text = kept.join(` ${group.join} `);
    return nested && kept.length > 1 ? `(${text})` : text;
  };
  const where = groupSql(model.where, 'where', false);
  if (where) sql += ` WHERE ${where}`;
  if (model.orderBy.length > 0) {
    sql += ` ORDER BY ${model.orderBy.map((key, index) => (resolve(key.column, `orderBy.${index}`), `${columnSql(key.column)} ${key.direction}`)).join(', ')}`;
  }
  return { sql, problems };
}
