/**
 * Work over a whole stored body that the window must not do itself: JSONPath (parsed in a worker thread, the
 * first matches kept in main and read as rows) and saving it to a file the user picks in main's dialog.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_JSONPATH_MATCHES } from '../../shared/ipc/channels/response';
import { HandlerError } from '../../shared/ipc/errors';
import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import type { BodyBytesRead } from './body-store';
import type { HttpEngine } from './engine';
import type { JsonPathJob, JsonPathRunner } from './jsonpath-runner';
import { errorMessage } from '../../shared/values';

// Small bodies live in a bounded memory cache: an old one may be gone; history keeps its preview.
export const BODY_GONE = 'This response body is no longer available. Send the request again to read it.';

/**
 * The largest body JSONPath parses. Measured on a 200 MB JSON body (1.76 M objects): the worker peaks at about
 * 0.95 GB resident for one match and 1.4 GB when every object matches; JSON.parse needs the whole document.
 */
export const MAX_JSONPATH_BYTES = 200 * 1024 * 1024;
/** The JSONPath worker's heap limit: above it the worker ends with a message, main goes on. */
export const JSONPATH_HEAP_MB = 2048;
const MB = 1024 * 1024;

/** JSONPath results kept for the viewer: the last few, each at most the first matches. */
export interface ResultBodies {
  keep(text: string): string;
  readBytes(id: string, offset: number, length: number): BodyBytesRead | null;
}

export function createResultBodies(kept = 4): ResultBodies {
  const results = new Map<string, Buffer>();
  let counter = 0;
  return {
    keep(text) {
      counter += 1;
      const id = `jsonpath-${counter}`;
      results.set(id, Buffer.from(text, 'utf8'));
      for (const old of results.keys()) if (results.size > kept) results.delete(old);
      return id;
    },
    readBytes(id, offset, length) {
      const bytes = results.get(id);
      return bytes ? { bytes: bytes.subarray(offset, offset + length), totalBytes: bytes.length } : null;
    },
  };
}

/** A name the dialog may suggest: the last path segment the window proposed, without separators. */
function safeName(suggested: string): string {
  const name = [...path.basename(suggested.replace(/\\/g, '/'))].filter((char) => char >= ' ').join('');
  return name && name !== '.' && name !== '..' ? name : 'response';
}

interface StoredBody {
  readonly totalBytes: number;
  readonly source: { readonly file: string } | { readonly bytes: Buffer } | null;
}

export function createBodyFileHandlers(
  engine: Pick<HttpEngine, 'readBodyBytes' | 'bodyFile'>,
  deps: {
    readonly dialogs: MainDialogs;
    readonly jsonPath: JsonPathRunner;
    readonly results: ResultBodies;
    readonly maxJsonPathBytes?: number;
  },
): Pick<Handlers, 'response.body.jsonpath' | 'response.body.save'> {
  const maxJsonPathBytes = deps.maxJsonPathBytes ?? MAX_JSONPATH_BYTES;
  /** The body's file, or its bytes when it is kept in memory (up to maxBytes); null when it is gone. */
  const sourceOf = async (responseId: string, maxBytes: number): Promise<StoredBody | null> => {
    const head = await engine.readBodyBytes(responseId, 0, 0);
    if (!head) return null;
    const file = await engine.bodyFile(responseId);
    if (file) return { totalBytes: head.totalBytes, source: { file } };
    if (head.totalBytes > maxBytes) return { totalBytes: head.totalBytes, source: null };
    const whole = await engine.readBodyBytes(responseId, 0, head.totalBytes);
    return whole ? { totalBytes: head.totalBytes, source: { bytes: whole.bytes } } : null;
  };

  return {
    'response.body.jsonpath': async ({ responseId, expression }) => {
      const found = await sourceOf(responseId, maxJsonPathBytes);
      if (!found) throw new HandlerError('not-found', BODY_GONE);
      if (found.totalBytes > maxJsonPathBytes || !found.source) {
        throw new HandlerError(
          'conflict',
          `This body is ${Math.round(found.totalBytes / MB)} MB: JSONPath runs over bodies up to ${Math.round(maxJsonPathBytes / MB)} MB, as it parses the whole document (about 5× its size in memory). Use Find, or save the body and query the file.`,
        );
      }
      const job: JsonPathJob = { expression, limit: MAX_JSONPATH_MATCHES, ...found.source };
      let matches;
      try {
        matches = await deps.jsonPath.run(job);
      } catch (error) {
        throw new HandlerError('conflict', errorMessage(error));
      }
      return { resultId: deps.results.keep(matches.text), count: matches.count, shown: matches.shown };
    },
    'response.body.save': async ({ responseId, suggestedName }) => {
      const found = await sourceOf(responseId, Number.MAX_SAFE_INTEGER);
      if (!found?.source) throw new HandlerError('not-found', BODY_GONE);
      const target = await deps.dialogs.saveFile({ title: 'Save body as', defaultName: safeName(suggestedName) });
      if (!target) return { fileName: null };
      if ('file' in found.source) await copyFile(found.source.file, target);
      else await writeFile(target, found.source.bytes);
      return { fileName: path.basename(target) };
    },
  };
}
