/**
 * Whether a profile's base URL must be filled in: a provider profile needs one unless its fields send the
 * requests elsewhere (APSIS with a region); a Plain HTTP profile may leave it empty, since its requests
 * carry full URLs.
 */
import { providerDefinition } from '../providers/registry';
import type { SandboxId } from '../providers/sandboxes';

export type BaseUrlRule = 'required' | 'optional' | 'unused';

export function baseUrlRule(sandbox: SandboxId, fields: Readonly<Record<string, string>>): BaseUrlRule {
  if (sandbox === 'http') return 'optional';
  return providerDefinition(sandbox).usesBaseUrl?.(fields) === false ? 'unused' : 'required';
}
