/**
 * A page with every row in the DOM, nothing virtualised and no app around it, in a scroller the size of
 * the grid's: scrolling it costs only what Chromium itself costs, the floor the results grid is measured against.
 */
export function staticRowsPage(
  rows: readonly Record<string, unknown>[],
  box: { readonly width: number; readonly height: number },
): string {
  const columns = Object.keys(rows[0] ?? {});
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = rows
    .map(
      (row, i) =>
        `<div class="r"><span>${i + 1}</span>${columns.map((c) => `<span>${escape(String(row[c] ?? ''))}</span>`).join('')}</div>`,
    )
    .join('');
  return `<!doctype html><style>
    body { margin: 0; font: 12px system-ui, sans-serif; }
    .s { width: ${box.width}px; height: ${box.height}px; overflow: auto; border: 1px solid #ccc; border-radius: 6px; background: #fff; }
    .r { display: grid; grid-template-columns: 48px repeat(${columns.length}, 160px); width: max-content; height: 28px; line-height: 27px; border-bottom: 1px solid #ddd; }
    .r > span { padding: 0 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-right: 1px solid #ddd; }
  </style><div class="s" data-bench-scroller>${body}</div>`;
}
