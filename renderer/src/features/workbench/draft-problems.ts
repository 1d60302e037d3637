import { providerDefinition } from '../../../../shared/providers/registry';
import { checkParams } from '../../../../shared/providers/param-check';
import { parseJsonWithLocation } from '../../../../shared/request/json-problem';
import type { RequestTab } from './tabs';

/** Why a tab cannot be sent as it is, in one message; null when it can. */
export function draftProblems(tab: RequestTab, force: boolean): string | null {
  if (tab.rawText !== null) {
    const parsed = parseJsonWithLocation(tab.rawText);
    return parsed.ok
      ? 'Not sent: the parameters must be a JSON object.'
      : `Not sent: invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}.`;
  }
  const { draft } = tab;
  if (draft.body.kind === 'json' && draft.body.text.trim() !== '') {
    const parsed = parseJsonWithLocation(draft.body.text);
    if (!parsed.ok)
      return `Not sent: the JSON body is invalid at line ${parsed.line}, column ${parsed.column}: ${parsed.message}.`;
  }
  if (force || draft.sandbox === 'http' || !draft.provider?.endpointId) return null;
  const endpoint = providerDefinition(draft.sandbox)?.catalog.find((e) => e.id === draft.provider?.endpointId);
  if (!endpoint) return null;
  const problems = checkParams(endpoint.params, draft.provider.params);
  return problems.length > 0 ? `Not sent: ${problems.map((p) => p.message).join(' ')}` : null;
}
