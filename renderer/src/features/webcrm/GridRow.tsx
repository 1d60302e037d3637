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
  readonly onSelect: (row: number, column: number) => void;
}

/**
 * One row of the results grid. Memoised: while the grid scrolls, rows that stay in view keep their props
 * and are not rendered again, so a frame costs only the rows that scroll in.
 */
export const GridRow = memo(function GridRow({ index, start, height, row, columns, template, selectedColumn, onSelect }: GridRowProps) {
  return (
    <div role="row" aria-rowindex={index + 3} className="crm-grid-row" style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height }}>
      <div role="rowheader" className="crm-grid-num">{index + 1}</div>
      {columns.map((column, columnIndex) => {
        const text = cellText(row[column]);
        const isSelected = selectedColumn === columnIndex;
        return (
          <div key={column} role="gridcell" aria-selected={isSelected} className={isSelected ? 'crm-grid-cell is-selected' : 'crm-grid-cell'} title={text} onClick={() => onSelect(index, columnIndex)}>
            {text}
          </div>
        );
      })}
    </div>
  );
});
