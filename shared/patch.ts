/**
 * A patch changes only the fields it names. Structured clone keeps `{ theme: undefined }` as a named
 * field, and spreading it over the stored value would erase what is there, so such fields are dropped.
 */
import { z } from 'zod';

export function withoutUndefined<T extends object>(patch: T): T {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as T;
}

/** A strict object of optional fields, whose parsed value holds only the fields given a value. */
export function patchSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape).partial().strict().transform(withoutUndefined);
}
