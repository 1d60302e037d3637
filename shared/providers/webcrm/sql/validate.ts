/**
 * Checks a /Queries script before it is sent: one statement, not INSERT, it parses, and every table and
 * column exists in the schema. Each problem carries offsets into the text, for editor markers.
 */
import { findInsert, insertRefusal } from './insert-guard';
import { findIdentifier, tokenizeSql } from './lexer';
import { collectColumnRefs, isNode, parseStatements, syntaxErrorInfo, type Node } from './parser';
import { findColumn, findEntity, type SqlEntity, type SqlSchema } from './schema';

export interface SqlProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Offsets into the script (end exclusive). */
  readonly start: number;
  readonly end: number;
}

function tablesOf(ast: Node): { table: string; alias: string | null }[] {
  const from = Array.isArray(ast.from) ? (ast.from as Node[]) : Array.isArray(ast.table) ? (ast.table as Node[]) : [];
  return from
    .filter((item) => typeof item.table === 'string')
    .map((item) => ({ table: String(item.table), alias: typeof item.as === 'string' ? item.as : null }));
}

export function validateSql(sql: string, schema: SqlSchema): SqlProblem[] {
  if (sql.trim() === '') return [{ severity: 'error', message: 'The script is empty', start: 0, end: 0 }];
  const insert = findInsert(sql);
  if (insert) return [{ severity: 'error', message: insertRefusal, start: insert.start, end: insert.end }];

  let statements;
  try {
    statements = parseStatements(sql);
  } catch (error) {
    const info = syntaxErrorInfo(error, sql);
    return [
      {
        severity: 'error',
        message: `SQL syntax: ${info.message}`,
        start: info.offset,
        end: Math.min(sql.length, info.offset + 1),
      },
    ];
  }
  const tokens = tokenizeSql(sql);
  if (statements.length > 1) {
    const semicolon = tokens.find((token) => token.text === ';') ?? { start: 0, end: sql.length };
    return [
      {
        severity: 'error',
        message: 'One statement at a time: /Queries runs a single script',
        start: semicolon.start,
        end: semicolon.end,
      },
    ];
  }

  const problems: SqlProblem[] = [];
  const at = (name: string, qualifier?: string | null) =>
    findIdentifier(tokens, name, qualifier) ?? findIdentifier(tokens, name) ?? { start: 0, end: 0 };
  const ast = statements[0] as unknown as Node;
  const scope = new Map<string, SqlEntity>();
  for (const { table, alias } of tablesOf(ast)) {
    const entity = findEntity(schema, table);
    if (!entity) {
      const where = at(table);
      problems.push({
        severity: 'error',
        message: `Unknown table ${table}: webCRM tables are ${schema.entities.map((e) => e.name).join(', ')}`,
        start: where.start,
        end: where.end,
      });
      continue;
    }
    scope.set(table.toLowerCase(), entity);
    if (alias) scope.set(alias.toLowerCase(), entity);
  }
  const knownTables = tablesOf(ast).every(({ table }) => findEntity(schema, table));
  const aliases = new Set(
    (Array.isArray(ast.columns) ? (ast.columns as Node[]) : []).map((c) =>
      typeof c.as === 'string' ? c.as.toLowerCase() : '',
    ),
  );
  for (const ref of collectColumnRefs(ast)) {
    const column =
      typeof ref.column === 'string' ? ref.column : isNode(ref.column) ? String((ref.column as Node).expr ?? '') : '';
    if (column === '*' || column === '') continue;
    const table = typeof ref.table === 'string' ? ref.table : null;
    if (table) {
      const entity = scope.get(table.toLowerCase());
      if (!entity) {
        if (knownTables) {
          const where = at(table);
          problems.push({
            severity: 'error',
            message: `${table} is not a table of this query`,
            start: where.start,
            end: where.end,
          });
        }
        continue;
      }
      if (!findColumn(entity, column)) {
        const where = at(column, table);
        problems.push({
          severity: 'error',
          message: `${entity.name} has no column ${column}`,
          start: where.start,
          end: where.end,
        });
      }
    } else if (
      scope.size > 0 &&
      ![...scope.values()].some((entity) => findColumn(entity, column)) &&
      !aliases.has(column.toLowerCase())
    ) {
      const where = at(column);
      problems.push({
        severity: 'error',
        message: `No table of this query has a column ${column}`,
        start: where.start,
        end: where.end,
      });
    }
  }
  if (ast.type !== 'select') {
    problems.push({
      severity: 'warning',
      message: `${String(ast.type).toUpperCase()} changes data in webCRM`,
      start: 0,
      end: Math.min(sql.length, 6),
    });
  }
  return problems;
}
