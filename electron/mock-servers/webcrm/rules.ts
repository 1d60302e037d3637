/** The documented write rules webCRM enforces, checked on request bodies. */
import { customFieldRules } from './seed';

export function customFieldProblem(record: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(record)) {
    const rule = customFieldRules[key];
    if (!rule || value === null || value === undefined || value === '') continue;
    if (rule.kind === 'checkbox' && value !== 'Yes' && value !== 'No')
      return `${key} is a checkbox: the value must be "Yes" or "No", not "${String(value)}".`;
    if (rule.kind === 'list' && !rule.values.includes(String(value)))
      return `${key} must be one of the list values ${rule.values.map((v) => `"${v}"`).join(', ')} (case-sensitive), not "${String(value)}".`;
  }
  return null;
}

export function quotationLineProblem(
  record: Record<string, unknown>,
  creating: boolean,
  linkedDataEnabled: boolean,
): string | null {
  if (creating && Number(record.QuotationLineId ?? 0) !== 0)
    return 'QuotationLineId must be 0 when creating a quotation line.';
  if (linkedDataEnabled && !record.QuotationLineLinkedDataId) return 'Possible quotation not found';
  return null;
}
