/**
 * The secrets of one import: each credential found becomes a `{{variable}}` (one per distinct value) and
 * is listed with where it was found. Created per import; nothing is kept between imports.
 */
import { variableNameFor } from '../request/credentials';
import type { ImportSecret } from './types';

export interface SecretCollector {
  /** The `{{variable}}` text standing for `value` (the same variable for the same value). */
  reference(
    value: string,
    wanted: string,
    source: string,
    origin: string | null,
    providerField?: ImportSecret['providerField'],
  ): string;
  /** The variable's name alone. */
  nameFor(
    value: string,
    wanted: string,
    source: string,
    origin: string | null,
    providerField?: ImportSecret['providerField'],
  ): string;
  /** A secret that already has its name (a Postman secret variable): requests reference it as written. */
  declare(variable: string, value: string, source: string): void;
  list(): ImportSecret[];
}

/** Kept here for the import handlers, which name the origins of imported requests. */
export { originOf } from '../request/url';

export function createSecretCollector(taken: Iterable<string> = []): SecretCollector {
  const secrets: ImportSecret[] = [];
  const used = new Set(taken);
  const nameFor: SecretCollector['nameFor'] = (value, wanted, source, origin, providerField) => {
    const existing = secrets.find((s) => s.value === value && s.providerField?.field === providerField?.field);
    if (existing) return existing.variable;
    const base = variableNameFor(wanted);
    let variable = base;
    for (let n = 2; used.has(variable); n += 1) variable = `${base}_${n}`;
    used.add(variable);
    secrets.push({ variable, value, source, origin, ...(providerField ? { providerField } : {}) });
    return variable;
  };
  return {
    nameFor,
    reference: (...args) => `{{${nameFor(...args)}}}`,
    declare(variable, value, source) {
      used.add(variable);
      secrets.push({ variable, value, source, origin: null });
    },
    list: () => [...secrets],
  };
}
