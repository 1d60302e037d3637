import type { CSSProperties } from 'react';

/** One row of a text viewer (VirtualText, WindowedText): its 1-based number, then its text. */
export function TextRow({
  index,
  text,
  match,
  className,
  style,
}: {
  readonly index: number;
  readonly text: string;
  /** The row holding the current find match. */
  readonly match: boolean;
  /** How the viewer places its rows: absolutely (VirtualText) or in flow (WindowedText). */
  readonly className: 'virtual-row' | 'windowed-row';
  readonly style?: CSSProperties;
}) {
  return (
    <div className={match ? `${className} virtual-row-match` : className} style={style}>
      <span className="virtual-row-number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="virtual-row-text">{text}</span>
    </div>
  );
}
