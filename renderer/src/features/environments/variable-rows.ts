/**
 * The environment editor's rows: what main shows of a variable (a secret only as its mask) and what goes
 * back. A secret whose value was not retyped is sent without one, so main keeps the stored value.
 */
import type { VariableInput, VariableView } from '../../../../shared/environments/types';
import type { FolderVariable } from '../../../../shared/collections/format';

export interface VariableRow {
  readonly name: string;
  /** A plain variable's value, or what is typed to replace a secret. */
  readonly value: string;
  readonly secret: boolean;
  /** The stored secret's mask ('' when none is stored). */
  readonly masked: string;
  /** The user is typing a new value for a stored secret. */
  readonly replacing: boolean;
  /** Allowed origins of a secret, one per line or comma separated. */
  readonly origins: string;
}

export const emptyRow: VariableRow = { name: '', value: '', secret: false, masked: '', replacing: false, origins: '' };

export function rowFromView(view: VariableView): VariableRow {
  return view.secret
    ? {
        name: view.name,
        value: '',
        secret: true,
        masked: view.set ? view.value : '',
        replacing: !view.set,
        origins: view.allowedOrigins.join(', '),
      }
    : { ...emptyRow, name: view.name, value: view.value };
}

/** A folder's variables: plain ones from its file, secret ones (masked) from main. */
export function rowsForFolder(
  inFile: readonly FolderVariable[],
  secrets: readonly VariableView[] | undefined,
): VariableRow[] {
  return inFile.map((variable) => {
    const secret = secrets?.find((s) => s.name === variable.name);
    if (secret) return rowFromView(secret);
    return variable.secret
      ? { ...emptyRow, name: variable.name, secret: true, replacing: true }
      : { ...emptyRow, name: variable.name, value: variable.value };
  });
}

export function rowToInput(row: VariableRow): VariableInput {
  if (!row.secret) return { name: row.name.trim(), value: row.value, secret: false };
  const allowedOrigins = row.origins
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter(Boolean);
  const keep = row.masked !== '' && !row.replacing;
  return { name: row.name.trim(), secret: true, allowedOrigins, ...(keep ? {} : { value: row.value }) };
}

/** Rows worth sending: the ones with a name. */
export function inputsFrom(rows: readonly VariableRow[]): VariableInput[] {
  return rows.filter((row) => row.name.trim() !== '').map(rowToInput);
}
