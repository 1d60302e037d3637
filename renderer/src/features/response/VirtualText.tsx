/**
 * A read-only text viewer that renders only the rows on screen (@tanstack/react-virtual), so a body of
 * any size scrolls smoothly. Rows come from an offsets index built in the worker; find uses indexOf.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { rowAt, rowText } from './format';
import { TextRow } from './TextRow';

export interface VirtualTextProps {
  readonly text: string;
  readonly offsets: Uint32Array;
  readonly label: string;
}

const ROW_HEIGHT = 18;

export function VirtualText({ text, offsets, label }: VirtualTextProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = Math.max(0, offsets.length - 1);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const [query, setQuery] = useState('');
  const [match, setMatch] = useState<{ at: number; row: number } | null>(null);
  const [notFound, setNotFound] = useState(false);

  const findNext = (event: FormEvent) => {
    event.preventDefault();
    if (!query) return;
    let at = text.indexOf(query, match ? match.at + 1 : 0);
    if (at === -1) at = text.indexOf(query); // wrap around
    setNotFound(at === -1);
    if (at === -1) return setMatch(null);
    const row = rowAt(offsets, at);
    setMatch({ at, row });
    virtualizer.scrollToIndex(row, { align: 'center' });
  };

  return (
    <div className="virtual-text">
      <form className="inspector-find" onSubmit={findNext} role="search">
        <input
          type="search"
          aria-label={`Find in ${label}`}
          placeholder="Find…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setMatch(null);
            setNotFound(false);
          }}
        />
        <button type="submit">Find next</button>
        <span className="muted" role="status">
          {notFound ? 'No match' : match ? `Line ${match.row + 1}` : ''}
        </span>
      </form>
      <div
        ref={scroller}
        className="virtual-text-scroller"
        tabIndex={0}
        role="region"
        aria-label={label}
        data-testid="virtual-text"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <TextRow
              key={item.key}
              className="virtual-row"
              index={item.index}
              text={rowText(text, offsets, item.index)}
              match={match?.row === item.index}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
