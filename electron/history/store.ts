/**
 * The request history: every send, appended as one JSON line to the current segment. Deletions and
 * retention append tombstones or drop whole segments; nothing rewrites a growing file per request.
 * An in-memory index (summary, search text, byte range) answers list and search without reading files.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, rm, unlink } from 'node:fs/promises';
import { FILE_MODE, FOLDER_MODE } from '../store/data-folder';
import path from 'node:path';
import {
  matchesQuery,
  searchTextOf,
  summarize,
  type HistoryEntry,
  type HistoryEntryInput,
  type HistoryListQuery,
  type HistorySummary,
} from '../../shared/history/types';
import type { Clock } from '../deps';
import { listSegments, readLines, readRange, segmentPath } from './segments';

export interface HistoryRetention {
  readonly maxEntries: number;
  /** Entries' bytes on disk plus their body files. */
  readonly maxBytes: number;
}

export interface HistoryStoreOptions {
  readonly dir: string;
  readonly clock: Clock;
  readonly retention: () => HistoryRetention;
  /** Where the engine keeps large bodies (`<responseId>.body`): they count and go with their entry. */
  readonly bodiesDir?: string;
  /** A new segment starts past this size. */
  readonly segmentBytes?: number;
}

export interface HistoryStore {
  append(entry: HistoryEntryInput): Promise<HistoryEntry>;
  /** Newest first. */
  list(query: HistoryListQuery): Promise<HistorySummary[]>;
  get(id: string): Promise<HistoryEntry | null>;
  remove(id: string): Promise<boolean>;
  clear(): Promise<void>;
  /** Live entries and their bytes (lines + body files), for settings and tests. */
  usage(): Promise<{ entries: number; bytes: number }>;
}

interface Indexed {
  readonly summary: HistorySummary;
  readonly searchText: string;
  readonly segment: number;
  readonly offset: number;
  readonly length: number;
  /** The engine's body file for this entry, and its size. */
  readonly bodyFile: string | null;
  readonly bodyBytes: number;
}

type Line = { t: 'add'; e: HistoryEntry } | { t: 'del'; id: string };

const DEFAULT_SEGMENT_BYTES = 8 * 1024 * 1024;

export function createHistoryStore(options: HistoryStoreOptions): HistoryStore {
  const segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  const order: Indexed[] = [];
  const byId = new Map<string, Indexed>();
  /** Live entries per segment: a segment with none left (and not being written) is deleted. */
  const liveIn = new Map<number, number>();
  /** Segment files that exist, oldest first. */
  const onDisk: number[] = [];
  let current = 1;
  let currentSize = 0;
  let totalBytes = 0;

  const bodyFileOf = (entry: HistoryEntry): string | null =>
    options.bodiesDir && entry.response?.body.inFile && /^[A-Za-z0-9_-]{1,64}$/.test(entry.response.id)
      ? path.join(options.bodiesDir, `${entry.response.id}.body`)
      : null;

  const index = (entry: HistoryEntry, segment: number, offset: number, length: number) => {
    const bodyFile = bodyFileOf(entry);
    const item: Indexed = {
      summary: summarize(entry),
      searchText: searchTextOf(entry),
      segment,
      offset,
      length,
      bodyFile,
      bodyBytes: bodyFile ? (entry.response?.body.size ?? 0) : 0,
    };
    const previous = byId.get(entry.id);
    if (previous) forget(previous);
    order.push(item);
    byId.set(entry.id, item);
    liveIn.set(segment, (liveIn.get(segment) ?? 0) + 1);
    totalBytes += item.length + item.bodyBytes;
  };

  const forget = (item: Indexed) => {
    byId.delete(item.summary.id);
    const at = order.indexOf(item);
    if (at !== -1) order.splice(at, 1);
    liveIn.set(item.segment, (liveIn.get(item.segment) ?? 1) - 1);
    totalBytes -= item.length + item.bodyBytes;
  };

  const ready = (async () => {
    await mkdir(options.dir, { recursive: true, mode: FOLDER_MODE });
    const segments = await listSegments(options.dir);
    let lastTorn = false;
    onDisk.push(...segments);
    for (const segment of segments) {
      const { lines, size, torn } = await readLines(segmentPath(options.dir, segment));
      for (const line of lines) {
        let parsed: Line;
        try {
          parsed = JSON.parse(line.text) as Line;
        } catch {
          continue; // A damaged line costs that entry only.
        }
        if (parsed.t === 'add' && parsed.e?.id) index(parsed.e, segment, line.offset, line.length + 1);
        else if (parsed.t === 'del') {
          const item = byId.get(parsed.id);
          if (item) forget(item);
        }
      }
      current = segment;
      currentSize = size;
      lastTorn = torn;
    }
    // Never append after a torn line: the next entry would be glued to it.
    if (segments.length > 0 && (lastTorn || currentSize >= segmentBytes)) {
      current += 1;
      currentSize = 0;
    }
  })();

  let queue: Promise<unknown> = ready;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  const writeLine = async (record: Line): Promise<{ segment: number; offset: number; length: number }> => {
    const text = `${JSON.stringify(record)}\n`;
    const length = Buffer.byteLength(text);
    if (currentSize > 0 && currentSize + length > segmentBytes) {
      current += 1;
      currentSize = 0;
    }
    await appendFile(segmentPath(options.dir, current), text, { mode: FILE_MODE });
    if (onDisk[onDisk.length - 1] !== current) onDisk.push(current);
    const offset = currentSize;
    currentSize += length;
    return { segment: current, offset, length };
  };

  const drop = async (item: Indexed) => {
    forget(item);
    if (item.bodyFile) await rm(item.bodyFile, { force: true });
    await writeLine({ t: 'del', id: item.summary.id });
    // The oldest segment's tombstones can only name its own entries: once none is alive, the file goes.
    while (onDisk.length > 1 && onDisk[0] !== current && (liveIn.get(onDisk[0]!) ?? 0) === 0) {
      const segment = onDisk.shift()!;
      liveIn.delete(segment);
      await unlink(segmentPath(options.dir, segment)).catch(() => undefined);
    }
  };

  const enforceRetention = async () => {
    const { maxEntries, maxBytes } = options.retention();
    while (order.length > 0 && (order.length > maxEntries || totalBytes > maxBytes)) await drop(order[0]!);
  };

  return {
    append: (input) =>
      serial(async () => {
        const interpretation = input.interpretation
          ? {
              outcome: input.interpretation.outcome,
              summary: input.interpretation.summary,
              ...(input.interpretation.code !== undefined ? { code: input.interpretation.code } : {}),
            }
          : null;
        const entry: HistoryEntry = {
          ...input,
          id: input.id ?? randomUUID(),
          at: input.at ?? new Date(options.clock.now()).toISOString(),
          interpretation,
        };
        const place = await writeLine({ t: 'add', e: entry });
        index(entry, place.segment, place.offset, place.length);
        await enforceRetention();
        return entry;
      }),
    list: ({ query, limit, before }) =>
      serial(async () => {
        const rows: HistorySummary[] = [];
        let started = before === undefined;
        for (let at = order.length - 1; at >= 0 && rows.length < limit; at -= 1) {
          const item = order[at]!;
          if (!started) {
            started = item.summary.id === before;
            continue;
          }
          if (matchesQuery(item.searchText, query)) rows.push(item.summary);
        }
        return rows;
      }),
    get: (id) =>
      serial(async () => {
        const item = byId.get(id);
        if (!item) return null;
        const text = await readRange(segmentPath(options.dir, item.segment), item.offset, item.length);
        return (JSON.parse(text) as Extract<Line, { t: 'add' }>).e;
      }),
    remove: (id) =>
      serial(async () => {
        const item = byId.get(id);
        if (!item) return false;
        await drop(item);
        return true;
      }),
    clear: () =>
      serial(async () => {
        const bodies = order.map((item) => item.bodyFile).filter((file): file is string => file !== null);
        await Promise.all(bodies.map((file) => rm(file, { force: true })));
        for (const segment of await listSegments(options.dir))
          await unlink(segmentPath(options.dir, segment)).catch(() => undefined);
        order.length = 0;
        onDisk.length = 0;
        byId.clear();
        liveIn.clear();
        totalBytes = 0;
        current += 1;
        currentSize = 0;
      }),
    usage: () => serial(async () => ({ entries: order.length, bytes: totalBytes })),
  };
}
