/** Header lookups by name, case-insensitive as HTTP names are; a list keeps duplicates and their order. */
import type { HeaderList } from './types';

type Headers = HeaderList | readonly (readonly [string, string])[];

/** The first value of a header, or undefined when it is absent. */
export function headerValue(headers: Headers, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** Every value of a header, in order (Set-Cookie and friends repeat). */
export function headerValues(headers: Headers, name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

export function hasHeader(headers: Headers, name: string): boolean {
  const wanted = name.toLowerCase();
  return headers.some(([key]) => key.toLowerCase() === wanted);
}
