/**
 * A read-only viewer over a body too large for the window to hold: main indexes its rows and serves them
 * in pages (`response.body.rows`); this keeps a few pages around what is on screen and asks main to find
 * text (`response.body.find`). Until the first page arrives, the preview's lines stand in.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { invoke } from '../../ipc/client';
import { errorMessage } from '../../../../shared/values';
import { rowOffsets, rowText } from './format';
import { TextRow } from './TextRow';

const ROW_HEIGHT = 18;
const VISIBLE_ROWS = 20;
const PAGE_ROWS = 200;
/** Pages kept: what is on screen and a little around it (≤ 8 × 200 rows × 4 KB). */
const KEPT_PAGES = 8;

export interface WindowedTextProps {
  readonly responseId: string;
  readonly preview: string;
  readonly label: string;
  /** 'pretty': JSON re-indented by main, a page at a time. */
  readonly view?: 'raw' | 'pretty';
}

export function WindowedText({ responseId, preview, label, view = 'raw' }: WindowedTextProps) {
  const pages = useRef(new Map<number, readonly string[]>());
  const asked = useRef(new Set<number>());
  const [, setLoaded] = useState(0);
  const [firstRow, setFirstRow] = useState(0);
  const [totalRows, setTotalRows] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [match, setMatch] = useState<number | null>(null);
  const [findStatus, setFindStatus] = useState('');
  const viewport = useRef<HTMLDivElement>(null);
  const previewRows = useMemo(() => {
    const offsets = rowOffsets(preview);
    // The preview's last row may be cut mid-line: it is not shown as a whole row.
    return Array.from({ length: Math.max(0, offsets.length - 2) }, (_, row) => rowText(preview, offsets, row));
  }, [preview]);

  const lastFirstRow = Math.max(0, (totalRows ?? previewRows.length) - VISIBLE_ROWS);
  const scrollTo = (row: number) => setFirstRow(Math.max(0, Math.min(lastFirstRow, Math.round(row))));

  // A page that arrives after scrolling on is kept all the same: the view is keyed by body and view.
  useEffect(() => {
    const wanted = [Math.floor(firstRow / PAGE_ROWS), Math.floor((firstRow + VISIBLE_ROWS) / PAGE_ROWS)];
    for (const page of new Set(wanted)) {
      if (pages.current.has(page) || asked.current.has(page)) continue;
      asked.current.add(page);
      invoke('response.body.rows', { responseId, from: page * PAGE_ROWS, count: PAGE_ROWS, view }).then(
        (result) => {
          asked.current.delete(page);
          pages.current.set(page, result.rows);
          for (const key of pages.current.keys())
            if (pages.current.size > KEPT_PAGES && !wanted.includes(key)) pages.current.delete(key);
          setTotalRows(result.totalRows);
          setLoaded((count) => count + 1);
        },
        (error: unknown) => {
          asked.current.delete(page);
          setFailure(errorMessage(error));
        },
      );
    }
  }, [firstRow, responseId, view]);

  // Wheel scrolling moves rows, not pixels: the body's height may exceed what an element can be tall.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rows = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY : event.deltaY / ROW_HEIGHT;
      setFirstRow((row) => Math.max(0, Math.min(lastFirstRow, row + Math.round(rows))));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [lastFirstRow]);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: VISIBLE_ROWS - 1,
      PageUp: 1 - VISIBLE_ROWS,
      End: Infinity,
      Home: -Infinity,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    scrollTo(Number.isFinite(move) ? firstRow + move : move > 0 ? lastFirstRow : 0);
  };

  const findNext = async (event: FormEvent) => {
    event.preventDefault();
    if (!query) return;
    setFindStatus('Searching…');
    try {
      const found = await invoke('response.body.find', {
        responseId,
        query,
        fromRow: match === null ? firstRow : match + 1,
        view,
      });
      setMatch(found.row);
      setFindStatus(found.row === null ? 'No match' : `Line ${found.row + 1}${found.wrapped ? ' (from the top)' : ''}`);
      if (found.row !== null) scrollTo(found.row - Math.floor(VISIBLE_ROWS / 3));
    } catch (error) {
      setFindStatus(errorMessage(error));
    }
  };

  const rowAtIndex = (row: number): string | undefined =>
    pages.current.get(Math.floor(row / PAGE_ROWS))?.[row % PAGE_ROWS] ??
    (totalRows === null ? previewRows[row] : undefined);
  const shown = Array.from({ length: VISIBLE_ROWS }, (_, offset) => firstRow + offset).filter(
    (row) => row < (totalRows ?? previewRows.length),
  );

  return (
    <div className="virtual-text windowed-text">
      <form className="inspector-find" onSubmit={(event) => void findNext(event)} role="search">
        <input
          type="search"
          aria-label={`Find in ${label}`}
          placeholder="Find…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setMatch(null);
            setFindStatus('');
          }}
        />
        <button type="submit">Find next</button>
        <span className="muted" role="status">
          {findStatus}
        </span>
      </form>
      <div className="windowed-text-frame">
        <div
          ref={viewport}
          className="virtual-text-scroller windowed-text-viewport"
          tabIndex={0}
          role="region"
          aria-label={label}
          data-testid="windowed-text"
          onKeyDown={onKeyDown}
        >
          {shown.map((row) => (
            <TextRow
              key={row}
              className="windowed-row"
              index={row}
              text={rowAtIndex(row) ?? ''}
              match={match === row}
            />
          ))}
        </div>
        <input
          type="range"
          className="windowed-text-bar"
          aria-label={`Line in ${label}`}
          min={0}
          max={lastFirstRow}
          value={Math.min(firstRow, lastFirstRow)}
          onChange={(event) => scrollTo(Number(event.target.value))}
        />
      </div>
      <p className="muted windowed-text-status">
        {totalRows === null
          ? view === 'pretty'
            ? 'Formatting…'
            : 'Indexing lines…'
          : `Lines ${firstRow + 1}–${Math.min(totalRows, firstRow + VISIBLE_ROWS)} of ${totalRows.toLocaleString('en')}`}
        {failure ? <span className="inspector-error-text"> {failure}</span> : null}
      </p>
    </div>
  );
}
