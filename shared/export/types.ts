/** What an export reads: a collection (or one of its folders) as folders, requests and top variables. */
import type { ImportPlan, ReportItem } from '../import/types';

export type ExportSource = Pick<ImportPlan, 'title' | 'folders' | 'requests' | 'variables'>;

export interface ExportResult {
  readonly text: string;
  /** What the format cannot hold, item by item. */
  readonly report: readonly ReportItem[];
}
