/** The shape of a provider's endpoint catalog: what the sidebar lists, the form is generated from, and Docs shows. */
import type { HttpMethod } from '../http/types';

export type ParamType =
  'string' | 'integer' | 'number' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'object' | 'array';

/**
 * Where a parameter travels. `params` is the provider's own parameter bag (APWT form fields, wbTeamPro's
 * `params`, the Client API's function fields); the provider's request builder decides how it is encoded.
 */
export type ParamLocation = 'path' | 'query' | 'header' | 'body' | 'params';

export interface ParamSpec {
  readonly name: string;
  readonly in: ParamLocation;
  readonly type: ParamType;
  readonly required: boolean;
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly example?: unknown;
  readonly default?: unknown;
  /** A regular expression the value must match (e.g. two-letter state). */
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
}

export interface EndpointSpec {
  /** Stable id, unique within the provider: used by collections and history. */
  readonly id: string;
  /** The resource it belongs to: the sidebar groups by it. */
  readonly group: string;
  readonly name: string;
  readonly method: HttpMethod;
  /** Path relative to the profile's base URL, `{name}` for path parameters. */
  readonly path: string;
  readonly params: readonly ParamSpec[];
  /** Which of the provider's auth levels the call needs (e.g. 'account', 'user', 'bearer', 'none'). */
  readonly auth: string;
  readonly description: string;
  /** The reference documents' own notes, shown as inline help. */
  readonly notes?: readonly string[];
  /** Set when part of the entry is inferred, not documented: shown to the user, who can edit the path. */
  readonly assumption?: string;
  /** A JSON body schema (for raw-mode validation), when the endpoint takes a JSON body. */
  readonly bodySchema?: unknown;
  /** The media types the operation answers with, preferred first: the request's Accept is built from them. */
  readonly produces?: readonly string[];
  /** Shown one click away on the provider's page. */
  readonly popular?: boolean;
}
