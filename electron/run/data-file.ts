/**
 * `--data`: a CSV (header row = variable names) or a JSON array of objects; one iteration per row. The CSV
 * parser is loaded only for a CSV file.
 */
import { readFile } from 'node:fs/promises';
import { errorMessage } from '../../shared/values';

export class DataFileError extends Error {}

function asVariables(row: unknown, index: number): Record<string, string> {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    throw new DataFileError(`row ${index + 1} is not an object of column → value`);
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

export async function readDataFile(file: string): Promise<Record<string, string>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DataFileError(`${file}: ${errorMessage(error)}`);
  }
  if (/\.json$/i.test(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new DataFileError(`${file} is not JSON: ${errorMessage(error)}`);
    }
    if (!Array.isArray(parsed)) throw new DataFileError(`${file} must hold a JSON array of rows`);
    return parsed.map(asVariables);
  }
  const { parse } = await import('csv-parse/sync');
  try {
    const rows: unknown[] = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
    return rows.map(asVariables);
  } catch (error) {
    throw new DataFileError(`${file} is not valid CSV: ${errorMessage(error)}`);
  }
}
