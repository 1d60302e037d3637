import { memo } from 'react';
import { cellText } from './grid-data';

interface GridRowProps {
  readonly index: number;
  readonly start: number;
  readonly height: number;
  readonly row: Readonly<Record<string, unknown>>;
  readonly columns: readonly string[];
  readonly template: string;
  /** The selected column when the selection is in this row, else null: other rows keep equal props. */
  readonly selectedColumn: number | null;
}

/**
 * One row of the results grid. Memoised, and its cells carry their position as data attributes so one
 * handler on the body serves every click (the grid listens once, not once per cell). The full text of a
 * clipped cell is shown on hover by the grid, so no cell carries a title of its own.
 */
export const GridRow = memo(function GridRow({
  index,
  start,
  height,
  row,
  columns,
  template,
  selectedColumn,
}: GridRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 3}
      data-row={index}
      className="crm-grid-row"
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height }}
    >
      <div role="rowheader" className="crm-grid-num">
        {index + 1}
      </div>
      {columns.map((column, columnIndex) => {
        const isSelected = selectedColumn === columnIndex;
        return (
          <div
            key={column}
            role="gridcell"
            data-column={columnIndex}
            aria-selected={isSelected}
            className={isSelected ? 'crm-grid-cell is-selected' : 'crm-grid-cell'}
          >
            {cellText(row[column])}
          </div>
        );
      })}
    </div>
  );
});
