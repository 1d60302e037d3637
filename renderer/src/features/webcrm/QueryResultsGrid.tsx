/**
 * Rows of a /Queries response as a virtualised table: only the visible rows are in the DOM, so thousands
 * scroll smoothly. Sort by a header, filter per column, copy a cell, export what is shown as CSV or JSON,
 * and follow the next page.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { copyText, downloadText } from '../../app/download';
import { cellText, columnsOf, filterRows, sortRows, toCsv, toJson, type SortState } from './grid-data';
import { GridHead } from './GridHead';
import { GridRow } from './GridRow';
import { useQueryRows } from './useQueryRows';
import { selectedColumns } from './query-draft';
import './results-grid.css';

export interface QueryResultsGridProps {
  readonly outcome: SendOutcome;
  readonly onFollowPage?: (params: Readonly<Record<string, unknown>>) => void;
}

const ROW_HEIGHT = 28;
const EMPTY_ROW: Readonly<Record<string, unknown>> = {};
/**
 * Rows are keyed by their slot in a pool, not by their index: a row scrolling out hands its DOM nodes to
 * the row scrolling in, so scrolling changes text and a transform instead of removing and inserting
 * elements (which costs style, layout and paint of whole new subtrees every frame).
 */
const ROW_POOL = 128;

/** The row and column of the cell an event happened in, from the data attributes GridRow sets. */
function cellAt(target: EventTarget): { row: number; column: number; element: HTMLElement } | null {
  const cell = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-column]') : null;
  const row = cell?.parentElement?.dataset.row;
  if (!cell || row === undefined) return null;
  return { row: Number(row), column: Number(cell.dataset.column), element: cell };
}

/** A clipped cell shows its whole text on hover; set only when hovered, so scrolling never pays for titles. */
function titleClippedCell(event: MouseEvent<HTMLDivElement>): void {
  const cell = cellAt(event.target);
  if (!cell) return;
  const { element } = cell;
  if (element.scrollWidth > element.clientWidth) element.title = element.textContent ?? '';
  else element.removeAttribute('title');
}

/** The script of the /Queries request this outcome answers. */
function scriptSent(outcome: SendOutcome): string {
  try {
    return outcome.sent ? (new URL(outcome.sent.url).searchParams.get('script') ?? '') : '';
  } catch {
    return '';
  }
}

function widthOf(column: string, sample: readonly Readonly<Record<string, unknown>>[]): number {
  const longest = Math.max(column.length + 2, ...sample.map((row) => cellText(row[column]).length));
  return Math.min(320, Math.max(80, Math.round(longest * 7.2 + 20)));
}

export function QueryResultsGrid({ outcome, onFollowPage }: QueryResultsGridProps) {
  const { rows, loading } = useQueryRows(outcome);
  const [sort, setSort] = useState<SortState>(null);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<{ row: number; column: number } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const all = useMemo(() => rows ?? [], [rows]);
  const script = useMemo(() => scriptSent(outcome), [outcome]);
  // No rows, no keys to read the columns from: the ones the script selects head the empty grid.
  const columns = useMemo(
    () => (all.length > 0 ? columnsOf(all.slice(0, 200)) : selectedColumns(script)),
    [all, script],
  );
  // Another query's filters would hide this one's rows ("0 of 50 rows" with every filter box empty):
  // filters and sort belong to the columns they were set on.
  const columnsKey = columns.join('\u0000');
  const [filtersOf, setFiltersOf] = useState(columnsKey);
  if (columnsKey !== '' && columnsKey !== filtersOf) {
    setFiltersOf(columnsKey);
    setFilters({});
    setSort(null);
    setSelected(null);
  }
  const shown = useMemo(() => sortRows(filterRows(all, filters), sort), [all, filters, sort]);
  const template = useMemo(
    () => `48px ${columns.map((c) => `${widthOf(c, all.slice(0, 200))}px`).join(' ')}`,
    [columns, all],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const pagination = outcome.interpretation?.pagination;
  const page = pagination?.page ?? 1;
  const interpretation = outcome.interpretation;

  if (interpretation?.outcome === 'error') {
    return (
      <div className="crm-grid-message crm-error" role="alert">
        {interpretation.summary}
        {interpretation.hints.map((hint) => (
          <p key={hint} className="crm-muted">
            {hint}
          </p>
        ))}
      </div>
    );
  }
  if (loading)
    return (
      <p className="crm-grid-message" role="status">
        Reading the rows…
      </p>
    );
  if (rows === null)
    return <p className="crm-grid-message">This response has no rows to show as a table: see the raw response.</p>;

  const selectedText = selected ? cellText(shown[selected.row]?.[columns[selected.column] ?? '']) : null;
  const copy = async (text: string, what: string) => {
    await copyText(text);
    setCopied(what);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!selected) return;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const row = Math.min(shown.length - 1, Math.max(0, selected.row + move[0]));
      const column = Math.min(columns.length - 1, Math.max(0, selected.column + move[1]));
      setSelected({ row, column });
      virtualizer.scrollToIndex(row);
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'c' && selectedText !== null) {
      event.preventDefault();
      void copy(selectedText, 'Cell copied');
    }
  };
  const onBodyClick = (event: MouseEvent<HTMLDivElement>) => {
    const cell = cellAt(event.target);
    if (cell) setSelected({ row: cell.row, column: cell.column });
  };
  const items = virtualizer.getVirtualItems();
  const pool = Math.max(ROW_POOL, items.length);
  const base = `webcrm-query-page-${page}`;

  return (
    <div className="crm-grid">
      <div className="crm-grid-toolbar">
        <span data-testid="grid-count">
          {shown.length === all.length ? `${all.length} rows` : `${shown.length} of ${all.length} rows`} · page {page}
        </span>
        {pagination?.previous && onFollowPage ? (
          <button type="button" onClick={() => onFollowPage(pagination.previous?.params ?? {})}>
            ← Previous page
          </button>
        ) : null}
        {pagination?.next && onFollowPage ? (
          <button type="button" onClick={() => onFollowPage(pagination.next?.params ?? {})}>
            Next page →
          </button>
        ) : null}
        <span className="crm-grid-spacer" />
        <button
          type="button"
          disabled={selectedText === null}
          onClick={() => selectedText !== null && void copy(selectedText, 'Cell copied')}
        >
          Copy cell
        </button>
        <button
          type="button"
          disabled={!selected}
          onClick={() => selected && void copy(JSON.stringify(shown[selected.row] ?? {}, null, 2), 'Row copied')}
        >
          Copy row
        </button>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(`${base}.csv`, toCsv(columns, shown), 'text/csv;charset=utf-8')}
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(`${base}.json`, toJson(shown), 'application/json')}
        >
          Export JSON
        </button>
        {Object.values(filters).some((f) => f.trim()) ? (
          <button type="button" onClick={() => setFilters({})}>
            Clear filters
          </button>
        ) : null}
        <span className="crm-muted" role="status">
          {copied ?? ''}
        </span>
      </div>
      <div
        ref={scroller}
        className="crm-grid-scroll"
        role="grid"
        aria-label="Query results"
        aria-rowcount={shown.length + 2}
        aria-colcount={columns.length + 1}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <GridHead
          columns={columns}
          template={template}
          sort={sort}
          setSort={setSort}
          filters={filters}
          setFilters={setFilters}
        />
        <div
          role="rowgroup"
          className="crm-grid-body"
          style={{ height: virtualizer.getTotalSize() }}
          onClick={onBodyClick}
          onMouseOver={titleClippedCell}
        >
          {items.map((item) => (
            <GridRow
              key={item.index % pool}
              index={item.index}
              start={item.start}
              height={ROW_HEIGHT}
              row={shown[item.index] ?? EMPTY_ROW}
              columns={columns}
              template={template}
              selectedColumn={selected?.row === item.index ? selected.column : null}
            />
          ))}
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="crm-grid-message">{all.length === 0 ? 'No rows.' : 'No row matches the filters.'}</p>
      ) : null}
    </div>
  );
}
