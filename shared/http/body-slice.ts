/** One slice of a response body, read on demand by the inspector (`response.body.read`). */
export interface BodySlice {
  /** The slice decoded as UTF-8, cut back to a whole character. */
  readonly text: string;
  /** Byte offset the slice starts at. */
  readonly offset: number;
  /** Byte offset of the next slice: offset + the bytes this text covers. */
  readonly nextOffset: number;
  readonly totalBytes: number;
  readonly eof: boolean;
}

/** The largest slice one call may ask for. */
export const MAX_BODY_SLICE_BYTES = 4 * 1024 * 1024;
