/** The JSON reporter: the whole run record with its totals (entries are already free of secrets). */
import { runTotals, type RunReport } from '../../../shared/run/report';

export function jsonReport(report: RunReport): string {
  return `${JSON.stringify({ ...report, totals: runTotals(report) }, null, 2)}\n`;
}
