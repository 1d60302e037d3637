/** The results grid's data work, pure: columns, cell text, filter, sort, CSV and JSON export. */

export type GridRow = Readonly<Record<string, unknown>>;
export type SortState = { readonly column: string; readonly direction: 'asc' | 'desc' } | null;

/** Column names in first-seen order across the rows (webCRM rows of one query share their keys). */
export function columnsOf(rows: readonly GridRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Rows whose cell contains the filter text, case-insensitively, for every filtered column. */
export function filterRows(rows: readonly GridRow[], filters: Readonly<Record<string, string>>): GridRow[] {
  const active = Object.entries(filters)
    .filter(([, text]) => text.trim() !== '')
    .map(([column, text]) => [column, text.trim().toLocaleLowerCase()] as const);
  if (active.length === 0) return [...rows];
  return rows.filter((row) =>
    active.every(([column, text]) => cellText(row[column]).toLocaleLowerCase().includes(text)),
  );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: unknown, b: unknown): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(cellText(a), cellText(b));
}

/** A stable sort: equal rows keep the server's order. */
export function sortRows(rows: readonly GridRow[], sort: SortState): GridRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => sign * compareValues(x.row[sort.column], y.row[sort.column]) || x.index - y.index)
    .map(({ row }) => row);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends, exactly the cells the grid shows. */
export function toCsv(columns: readonly string[], rows: readonly GridRow[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(cellText(row[column]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly GridRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Reads rows from a response body: a JSON array of objects, else null. */
export function rowsFromBody(text: string): GridRow[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) &&
      parsed.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
      ? (parsed as GridRow[])
      : null;
  } catch {
    return null;
  }
}
