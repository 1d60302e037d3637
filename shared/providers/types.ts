/**
 * What a provider is, in shared/: everything that needs no secret. Its catalog, the fields of its
 * profiles, how a draft becomes a request, and how a response is read. The secret half (applying
 * credentials, token flows) lives in electron/providers/<id>/.
 */
import type { HeaderList, HttpRequestSpec } from '../http/types';
import type { ProfileEnvironment } from '../profiles/schema';
import type { EndpointSpec } from './catalog';
import type { ProviderId } from './registry';

export type { ProviderId };

export interface ProfileFieldSpec {
  readonly key: string;
  readonly label: string;
  /** Secret fields are encrypted in main and write-only from the renderer. */
  readonly secret: boolean;
  readonly required: boolean;
  readonly help?: string;
  readonly placeholder?: string;
  /** Validation as the user types; the message says what is wrong. */
  readonly pattern?: { readonly regex: string; readonly message: string };
  /** A closed set of values (wbTeamPro URL style, APSIS region). */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly defaultValue?: string;
  /** A secret the provider documents inside the base URL (`http://KEY:@host`): saving moves it here. */
  readonly fromUrlUserinfo?: boolean;
}

export interface DemoProfile {
  readonly name: string;
  readonly environment: ProfileEnvironment;
  readonly fields: Readonly<Record<string, string>>;
  readonly secrets: Readonly<Record<string, string>>;
}

/** The part of a profile a request builder may see: no secret. */
export interface ProfileContext {
  readonly baseUrl: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** A provider-level draft: an endpoint of the catalog (or a custom path) and its parameter values. */
export interface ProviderDraft {
  readonly endpointId: string | null;
  readonly method?: HttpRequestSpec['method'];
  /** Overrides the catalog path (APWT's unknown URLs, wbTeamPro chains), relative to the base URL or absolute. */
  readonly path?: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly headers?: HeaderList;
  /** Provider-specific knobs (wbTeamPro: URL style, verb vs `method` param, params encoding; APWT: form vs query). */
  readonly options?: Readonly<Record<string, string | boolean | number>>;
}

/** How strictly a build checks the draft's values against the catalog. */
export interface BuildOptions {
  /**
   * The user chose "Send anyway": the catalog's complaints about parameter values (required, type, format)
   * become warnings and the request goes out as shown, so the provider gives its own answer. Problems that
   * leave no request to send (no base URL, an unreadable body, a refused script) still refuse.
   */
  readonly lenient: boolean;
}

export const strictBuild: BuildOptions = { lenient: false };

export type RequestBuildResult =
  | { readonly ok: true; readonly request: HttpRequestSpec; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly { readonly param?: string; readonly message: string }[] };

export interface ResponseForInterpretation {
  readonly status: number;
  readonly headers: HeaderList;
  readonly contentType: string;
  /** The decoded body when it was small enough to keep in memory; null for bodies streamed to a file. */
  readonly bodyText: string | null;
  /** What the request was: lets the interpreter compute the next page. */
  readonly draft: ProviderDraft;
}

export interface PageLink {
  readonly label: string;
  /** Parameters to merge into the draft to fetch that page. */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface Interpretation {
  readonly outcome: 'ok' | 'error' | 'pending' | 'unknown';
  /** One line for the status area: the provider's own message when it has one. */
  readonly summary: string;
  /** The provider's code (APSIS Code, wbTeamPro request.code, …) when there is one. */
  readonly code?: string | number;
  readonly hints: readonly string[];
  readonly pagination?: {
    readonly page?: number;
    readonly pages?: number;
    readonly total?: number;
    readonly next?: PageLink;
    readonly previous?: PageLink;
  };
  /** Collections found in the envelope, for table views: name → rows. */
  readonly tables?: readonly { readonly name: string; readonly rows: readonly Readonly<Record<string, unknown>>[] }[];
  /** For queued calls (APSIS PollURL): a URL the app can follow for the user. */
  readonly followUrl?: string;
}

export interface ProviderDefinition<Id extends string = ProviderId> {
  readonly id: Id;
  readonly name: string;
  /** "How auth works here": a few short lines drawn from the reference. */
  readonly authCard: readonly string[];
  readonly defaultBaseUrl: string;
  readonly profileFields: readonly ProfileFieldSpec[];
  readonly catalog: readonly EndpointSpec[];
  /** The path is the same for every call (index.php): the endpoint id names the operation, shown beside it. */
  readonly operationInEndpointId?: boolean;
  /** Whether a profile with these fields sends to its base URL (APSIS: only with region Custom). Absent: always. */
  readonly usesBaseUrl?: (fields: Readonly<Record<string, string>>) => boolean;
  /** The documents' demo credentials: the built-in Demo profile, pointed at the provider's local mock server. */
  readonly demoProfile: DemoProfile;
  /** Pure: the request without credentials. Main applies them afterwards. */
  buildRequest(draft: ProviderDraft, profile: ProfileContext, options?: BuildOptions): RequestBuildResult;
  interpret(response: ResponseForInterpretation): Interpretation;
}
