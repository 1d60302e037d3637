import { memo, type Dispatch, type SetStateAction } from 'react';
import type { SortState } from './grid-data';

interface GridHeadProps {
  readonly columns: readonly string[];
  readonly template: string;
  readonly sort: SortState;
  readonly setSort: Dispatch<SetStateAction<SortState>>;
  readonly filters: Readonly<Record<string, string>>;
  readonly setFilters: Dispatch<SetStateAction<Record<string, string>>>;
}

const nextSort =
  (column: string) =>
  (current: SortState): SortState =>
    current?.column !== column
      ? { column, direction: 'asc' }
      : current.direction === 'asc'
        ? { column, direction: 'desc' }
        : null;

/**
 * The grid's sticky header: a sort button and a filter per column. Memoised with stable setters, so the
 * re-render on every scrolled frame stops at the rows.
 */
export const GridHead = memo(function GridHead({
  columns,
  template,
  sort,
  setSort,
  filters,
  setFilters,
}: GridHeadProps) {
  return (
    <div className="crm-grid-head" role="rowgroup">
      <div
        className="crm-grid-row crm-grid-header"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template }}
      >
        <div role="columnheader" className="crm-grid-num">
          #
        </div>
        {columns.map((column) => (
          <div
            key={column}
            role="columnheader"
            aria-sort={sort?.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button
              type="button"
              className="crm-grid-sort"
              onClick={() => setSort(nextSort(column))}
              aria-label={`Sort by ${column}`}
              title={`Sort by ${column}`}
            >
              {column}{' '}
              <span aria-hidden="true">{sort?.column === column ? (sort.direction === 'asc' ? '▲' : '▼') : ''}</span>
            </button>
          </div>
        ))}
      </div>
      <div
        className="crm-grid-row crm-grid-filters"
        role="row"
        aria-rowindex={2}
        style={{ gridTemplateColumns: template }}
      >
        <div role="gridcell" />
        {columns.map((column) => (
          <div key={column} role="gridcell">
            <input
              aria-label={`Filter ${column}`}
              placeholder="filter"
              value={filters[column] ?? ''}
              onChange={(e) => setFilters((f) => ({ ...f, [column]: e.target.value }))}
            />
          </div>
        ))}
      </div>
    </div>
  );
});
