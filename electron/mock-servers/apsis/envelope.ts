/** APSIS answers: the {Code, Message, Result} envelope with the HTTP status the code table pairs it with. */
import { apsisCodeInfo } from '../../../shared/providers/apsis/codes';
import { json, type MockResponse } from '../http-kit';

export function envelope(code: number, message: string, result: unknown = null): MockResponse {
  return json(apsisCodeInfo(code)?.http ?? 500, { Code: code, Message: message, Result: result });
}

export const success = (result: unknown, message = 'OK'): MockResponse => envelope(1, message, result);
export const validationError = (message: string): MockResponse => envelope(-2, message);

/** A paginated Result, 1-based pages. */
export function page<T>(items: readonly T[], pageNumber: number, pageSize: number): MockResponse {
  const start = (pageNumber - 1) * pageSize;
  return success({
    CurrentPage: pageNumber,
    PageSize: pageSize,
    TotalCount: items.length,
    TotalPages: Math.max(1, Math.ceil(items.length / pageSize)),
    Items: items.slice(start, start + pageSize),
  });
}
