/**
 * What an importer produces: a plan of folders and requests (as the app saves them), the variables the
 * collection needs, the secrets found (kept out of every file) and a report of what was not carried over.
 * Nothing is written until the plan is applied; a malformed input gives a located failure instead.
 */
import type { FolderVariable } from '../collections/format';
import type { RequestDraft } from '../request/draft';

export const importFormats = ['curl', 'postman', 'postman-environment', 'openapi', 'har', 'insomnia'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importFormatLabels: Readonly<Record<ImportFormat, string>> = {
  curl: 'cURL command',
  postman: 'Postman collection',
  'postman-environment': 'Postman environment',
  openapi: 'OpenAPI document',
  har: 'HAR archive',
  insomnia: 'Insomnia export',
};

/** A request as a collection file holds it: no profile id (files name profiles, and imports have none). */
export type StoredDraft = Omit<RequestDraft, 'profileId'>;

export interface ImportRequest {
  /** `/`-separated folder inside the import ('' at its top). */
  readonly folder: string;
  readonly name: string;
  readonly draft: StoredDraft;
  readonly description?: string;
}

export interface ImportFolder {
  readonly path: string;
  readonly description: string;
  readonly variables: readonly FolderVariable[];
}

/**
 * A credential found in the input. The requests reference it as `{{variable}}`; its value never reaches a
 * file, a report or the renderer. Provider secrets (`providerField`) belong in a profile of that provider.
 */
export interface ImportSecret {
  readonly variable: string;
  readonly value: string;
  /** Where it was found (`-u`, `Authorization header`, `auth block of "Get users"`). */
  readonly source: string;
  /** The origin the secret was sent to, so the vault binds it there. */
  readonly origin: string | null;
  readonly providerField?: { readonly provider: Exclude<RequestDraft['sandbox'], 'http'>; readonly field: string };
}

/**
 * A profile the provider requests of an import need: where they went, the plain fields found and which
 * secrets (by variable, values in `ImportPlan.secrets`) belong in it. Main stores it through the vault.
 */
export interface ProviderProfileFound {
  readonly provider: Exclude<RequestDraft['sandbox'], 'http'>;
  readonly baseUrl: string;
  readonly fields: Readonly<Record<string, string>>;
  /** Profile field → the variable of `ImportPlan.secrets` holding its value. */
  readonly secrets: Readonly<Record<string, string>>;
  /** The names of the requests that use it. */
  readonly requests: readonly string[];
}

export interface ReportItem {
  /** The item the note is about (a request name, a folder, "collection"). */
  readonly item: string;
  readonly message: string;
}

export interface ImportPlan {
  readonly format: ImportFormat;
  /** The collection's own name (a Postman collection's, an OpenAPI title), for the folder to create. */
  readonly title: string;
  readonly folders: readonly ImportFolder[];
  readonly requests: readonly ImportRequest[];
  /** Plain variables (base URLs, environment values): written to the top folder file. */
  readonly variables: readonly FolderVariable[];
  readonly secrets: readonly ImportSecret[];
  readonly report: readonly ReportItem[];
  /** Provider profiles the requests need (cURL and HAR imports that recognise a provider). */
  readonly profiles?: readonly ProviderProfileFound[];
}

export interface ImportFailure {
  readonly message: string;
  /** 1-based; present whenever the input has a place that is wrong. */
  readonly line?: number;
  readonly column?: number;
}

export type ImportResult =
  { readonly ok: true; readonly plan: ImportPlan } | { readonly ok: false; readonly error: ImportFailure };

/** `message at line:column` for a failure, as the CLI and the app print it. */
export function describeFailure(failure: ImportFailure): string {
  return failure.line === undefined
    ? failure.message
    : `${failure.message} (line ${failure.line}:${failure.column ?? 1})`;
}
