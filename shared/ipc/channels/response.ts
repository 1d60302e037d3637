import { z } from 'zod';
import { channel } from '../define';
import { MAX_BODY_SLICE_BYTES, type BodySlice } from '../../http/body-slice';

/** A byte range of a stored response body, exact, as base64 (IPC carries JSON; see `response.body.bytes`). */
export interface BodyBytes {
  /** The bytes [offset, nextOffset) encoded as base64. */
  readonly base64: string;
  readonly offset: number;
  readonly nextOffset: number;
  readonly totalBytes: number;
  readonly eof: boolean;
}

/** Rows of a stored body (lines, long ones cut into pieces) for a viewer that holds only what it shows. */
export interface BodyRowsPage {
  readonly rows: readonly string[];
  /** The index of rows[0]. */
  readonly from: number;
  readonly totalRows: number;
  readonly totalBytes: number;
}

export interface BodyFind {
  /** The row holding the match; null when the body does not contain the text. */
  readonly row: number | null;
  /** The match is above the row the search started from. */
  readonly wrapped: boolean;
}

/** A JSONPath run over a stored body by main: the first matches are served as rows under `resultId`. */
export interface BodyJsonPath {
  /** Read with `response.body.rows`/`find` like a body: the first `shown` matches as a JSON array. */
  readonly resultId: string;
  /** Every match in the body. */
  readonly count: number;
  readonly shown: number;
}

/** The most matches main keeps for the viewer; the count covers them all. */
export const MAX_JSONPATH_MATCHES = 1000;

/** The most rows one `response.body.rows` call returns. */
export const MAX_BODY_ROWS = 1000;

const responseId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

const bodyRange = z
  .object({
    responseId,
    offset: z.number().int().min(0),
    length: z.number().int().min(1).max(MAX_BODY_SLICE_BYTES),
  })
  .strict();

export const responseChannels = {
  'response.body.read': channel<BodySlice>()(
    bodyRange,
    'A slice of a response body as UTF-8 text (at most 4 MB per call).',
  ),
  'response.body.bytes': channel<BodyBytes>()(
    bodyRange,
    'The exact bytes of a range of a response body as base64 (at most 4 MB per call), for saving it to a file.',
  ),
  'response.body.rows': channel<BodyRowsPage>()(
    z
      .object({
        responseId,
        from: z.number().int().min(0),
        count: z.number().int().min(1).max(MAX_BODY_ROWS),
        view: z.enum(['raw', 'pretty']).default('raw'),
      })
      .strict(),
    'Rows of a stored response body (lines; long lines in 4 KB pieces), indexed in main; JSON re-indented in main for "pretty".',
  ),
  'response.body.find': channel<BodyFind>()(
    z
      .object({
        responseId,
        query: z.string().min(1).max(1000),
        fromRow: z.number().int().min(0),
        view: z.enum(['raw', 'pretty']).default('raw'),
      })
      .strict(),
    'The next row of a stored response body holding a text, searched in main over the stored bytes.',
  ),
  'response.body.copy': channel<{ readonly bytes: number }>()(
    z.object({ responseId }).strict(),
    'Copies a stored text body to the clipboard from main, so a huge body never passes through the window.',
  ),
  'response.body.jsonpath': channel<BodyJsonPath>()(
    z.object({ responseId, expression: z.string().min(1).max(1000) }).strict(),
    'Runs a JSONPath over a stored JSON body in main (a worker thread), for bodies too large for the window.',
  ),
  'response.body.save': channel<{ readonly fileName: string | null }>()(
    z.object({ responseId, suggestedName: z.string().min(1).max(255) }).strict(),
    "Saves a stored body byte for byte to a file the user picks in main's dialog; the window gets only its name.",
  ),
} as const;
