/**
 * RFC 7807 problem details as webCRM's ASP.NET stack writes them: `title`, `detail`, and field errors under
 * `errors` (`{"PersonId": ["The PersonId field is required."]}`) or `validation` (a list of `{field, message}`).
 */
export interface ProblemDetails {
  readonly title: string | null;
  readonly detail: string | null;
  /** One line per field error: `PersonId: The PersonId field is required.` */
  readonly fieldErrors: readonly string[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function messagesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const message = text(record.message) ?? text(record.Message) ?? text(record.error);
    return message ? [message] : [];
  }
  const single = text(value);
  return single ? [single] : [];
}

function fieldErrorsOf(value: unknown): string[] {
  if (Array.isArray(value))
    return value.flatMap((item) => {
      const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
      const field = text(record.field) ?? text(record.name) ?? text(record.property) ?? text(record.PropertyName);
      return messagesOf(item).map((message) => (field ? `${field}: ${message}` : message));
    });
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([field, messages]) =>
      messagesOf(messages).map((message) => (field ? `${field}: ${message}` : message)),
    );
  return [];
}

/** The problem details in a parsed body, or null when it has neither a title, a detail nor field errors. */
export function readProblemDetails(body: unknown): ProblemDetails | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const record = body as Record<string, unknown>;
  const fieldErrors = [...fieldErrorsOf(record.errors), ...fieldErrorsOf(record.validation)];
  const title = text(record.title);
  const detail = text(record.detail);
  if (!title && !detail && fieldErrors.length === 0) return null;
  return { title, detail, fieldErrors };
}

/** `title — detail`, or whichever of them is there. */
export function problemSummary(problem: ProblemDetails): string {
  const parts = [problem.title, problem.detail].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' — ') : (problem.fieldErrors[0] ?? '');
}
