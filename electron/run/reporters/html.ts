/** The HTML reporter: one self-contained file (inline style, no script, no external resource). */
import { entryFailed, runTotals, type RunEntry, type RunReport } from '../../../shared/run/report';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function row(entry: RunEntry): string {
  const state = entry.skipped ? 'skip' : entryFailed(entry) ? 'fail' : 'pass';
  const checks = entry.assertions
    .map(
      (assertion) =>
        `<li class="${assertion.passed ? 'pass' : 'fail'}">${escapeHtml(assertion.name)}${
          assertion.passed
            ? ''
            : ` — expected ${escapeHtml(assertion.expected)}, actual ${escapeHtml(assertion.actual)}`
        }</li>`,
    )
    .join('');
  const captures = entry.captures
    .map(
      (capture) =>
        `<li>${escapeHtml(capture.variable)} = ${escapeHtml(capture.value ?? `(not captured: ${capture.problem ?? ''})`)}</li>`,
    )
    .join('');
  return `<tr class="${state}"><td>${entry.iteration}${entry.dataRow === null ? '' : ` · row ${entry.dataRow}`}</td><td>${escapeHtml(entry.folder)}</td><td>${escapeHtml(entry.request)}<div class="url">${escapeHtml(`${entry.method} ${entry.url}`)}</div>${entry.error ? `<div class="error">${escapeHtml(entry.error)}</div>` : ''}</td><td>${entry.status ?? '—'}</td><td>${Math.round(entry.timeMs)} ms</td><td><ul>${checks}${captures}</ul></td></tr>`;
}

export function htmlReport(report: RunReport): string {
  const totals = runTotals(report);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Parley run — ${escapeHtml(report.collection)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1b1f24;background:#fff}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d8dee4;padding:6px 8px;text-align:left;vertical-align:top}
tr.fail td:first-child{border-left:4px solid #cf222e}tr.pass td:first-child{border-left:4px solid #1a7f37}tr.skip{color:#6e7781}
li.fail{color:#cf222e}.url{color:#57606a;font:12px ui-monospace,monospace;word-break:break-all}.error{color:#cf222e}ul{margin:0;padding-left:18px}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}td,th{border-color:#30363d}.url{color:#8b949e}}
</style></head><body>
<h1>${escapeHtml(report.collection)}</h1>
<p>${report.iterations} iteration(s) · ${totals.requests} requests, ${totals.failedRequests} failed · ${totals.assertions} assertions, ${totals.failedAssertions} failed · ${totals.skippedRequests} skipped · ${(report.durationMs / 1000).toFixed(2)} s · started ${escapeHtml(report.startedAt)}</p>
${report.notices.map((notice) => `<p class="error">${escapeHtml(notice)}</p>`).join('\n')}
<table><thead><tr><th>Iteration</th><th>Folder</th><th>Request</th><th>Status</th><th>Time</th><th>Checks</th></tr></thead><tbody>
${report.entries.map(row).join('\n')}
</tbody></table></body></html>
`;
}
