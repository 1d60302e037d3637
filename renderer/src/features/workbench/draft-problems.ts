import { providerDefinition } from '../../../../shared/providers/registry';
import { checkParams } from '../../../../shared/providers/param-check';
import { parseJsonWithLocation } from '../../../../shared/request/json-problem';
import type { RequestTab } from './tabs';

/**
 * Why a tab cannot be sent as it is, in one message; null when it can. Several problems are one line each
 * after the first (the banner shows them as a list).
 */
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
  if (problems.length === 0) return null;
  if (problems.length === 1) return `Not sent: ${problems[0]?.message ?? ''}.`;
  return [`Not sent: ${problems.length} parameters need attention.`, ...problems.map((p) => p.message)].join('\n');
}

/** True when only the catalog's checks stop this tab: "Send anyway" then sends it as shown. */
export function onlyCatalogRefuses(tab: RequestTab): boolean {
  const refusal = draftProblems(tab, false);
  return refusal !== null && refusal === tab.error && draftProblems(tab, true) === null;
}
