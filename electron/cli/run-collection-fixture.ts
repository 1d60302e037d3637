/**
 * What `parley run` reads, written as the app writes it: saved request files in a collection folder and a
 * profile export file (metadata only; the secrets come from the environment).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** A saved request of a provider's catalog endpoint. */
export const providerRequest = (
  sandbox: string,
  endpointId: string,
  params: Record<string, unknown>,
  checks: unknown,
) => ({
  sandbox,
  method: 'GET',
  url: '',
  query: [],
  headers: [],
  body: { kind: 'none' },
  provider: { endpointId, params },
  checks,
});

/** A saved plain HTTP GET. */
export const plainRequest = (url: string, checks: unknown) => ({
  sandbox: 'http',
  method: 'GET',
  url,
  query: [],
  headers: [],
  body: { kind: 'none' },
  provider: null,
  checks,
});

/** A request file (`name`, `profile`, `request`…), creating its folder. */
export function writeRequestFile(file: string, content: Record<string, unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, YAML.stringify({ parley: 1, ...content }));
}

/** A profile named "CI" as an export file carries it. */
export const exportedProfile = (
  providerId: string,
  baseUrl: string,
  fields: Record<string, string>,
  secretFields: string[],
) => ({
  providerId,
  name: 'CI',
  baseUrl,
  environment: 'test',
  fields,
  variables: [],
  notes: '',
  tlsVerify: true,
  secretFields,
});

export function writeProfileFile(file: string, profiles: readonly unknown[]): void {
  writeFileSync(
    file,
    JSON.stringify({ format: 'parley-profiles', version: 1, exportedAt: new Date().toISOString(), profiles }),
  );
}
