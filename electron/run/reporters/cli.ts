/** The terminal reporter: one line per request (status, time, assertion marks), then a summary table. */
import { entryFailed, runTotals, type RunEntry, type RunReport } from '../../../shared/run/report';

function line(entry: RunEntry): string {
  const where = `${entry.iteration}${entry.dataRow === null ? '' : `:${entry.dataRow}`}`;
  if (entry.skipped) return `  -  ${where.padEnd(5)} ${'skip'.padStart(4)} ${''.padStart(7)}  ${entry.request}`;
  const mark = entryFailed(entry) ? '✗' : '✓';
  const status = entry.status === null ? 'ERR' : String(entry.status);
  const time = `${Math.round(entry.timeMs)}ms`;
  const marks = entry.assertions.map((assertion) => (assertion.passed ? '✓' : '✗')).join('');
  const lines = [`  ${mark}  ${where.padEnd(5)} ${status.padStart(4)} ${time.padStart(7)}  ${entry.request}  ${marks}`];
  if (entry.error) lines.push(`        ${entry.error}`);
  for (const assertion of entry.assertions.filter((item) => !item.passed))
    lines.push(`        ✗ ${assertion.name}: expected ${assertion.expected}, actual ${assertion.actual}`);
  for (const capture of entry.captures)
    lines.push(
      capture.value === null
        ? `        · ${capture.variable} not captured: ${capture.problem ?? 'no value'}`
        : `        · captured ${capture.variable} = ${capture.value.length > 80 ? `${capture.value.slice(0, 77)}…` : capture.value}`,
    );
  return lines.join('\n');
}

export function cliReport(report: RunReport): string {
  const totals = runTotals(report);
  const rows: [string, string, string][] = [
    ['', 'total', 'failed'],
    ['iterations', String(report.iterations), ''],
    ['requests', String(totals.requests), String(totals.failedRequests)],
    ['assertions', String(totals.assertions), String(totals.failedAssertions)],
    ['skipped', String(totals.skippedRequests), ''],
  ];
  const table = rows.map(([a, b, c]) => `  ${a.padEnd(12)}${b.padStart(8)}${c.padStart(8)}`).join('\n');
  return [
    `${report.collection}`,
    ...report.entries.map(line),
    '',
    table,
    ...report.notices.map((notice) => `  ! ${notice}`),
    `  ${(report.durationMs / 1000).toFixed(2)} s`,
    '',
  ].join('\n');
}
