/** Small checks on unknown values that every layer needs: parsed JSON, caught errors. */

/** A plain object (not null, not an array): what parsed JSON is when it has fields. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a caught value says, for a message to the user: its message when it is an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
