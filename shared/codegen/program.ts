/**
 * A request as code: what every target renders. Values are expressions, not strings, so a secret stays an
 * environment-variable read (or a hash of one, or a token fetched by an earlier step) in the snippet and a
 * snippet never holds a secret unless the user explicitly asked for real secrets.
 */
import type { HttpMethod } from '../http/types';

export type Expr =
  | { readonly kind: 'text'; readonly text: string }
  /** An environment variable the user sets before running the snippet. */
  | { readonly kind: 'env'; readonly name: string }
  /** The lowercase hex MD5 of a value, computed by the snippet. */
  | { readonly kind: 'md5'; readonly of: Expr }
  /** A value percent-encoded for a query string, computed by the snippet. */
  | { readonly kind: 'urlencode'; readonly of: Expr }
  /** A value an earlier step of the snippet produced (webCRM's access token). */
  | { readonly kind: 'step'; readonly name: string }
  | { readonly kind: 'concat'; readonly parts: readonly Expr[] };

export interface CodeField {
  readonly name: string;
  readonly value: Expr;
}

export interface CodeFilePart {
  readonly name: string;
  readonly filePath: string;
  readonly fileName: string;
  readonly contentType: string;
}

export type CodeBody =
  | { readonly kind: 'none' }
  /** JSON or text: its Content-Type is among the request's headers. */
  | { readonly kind: 'raw'; readonly text: Expr }
  | { readonly kind: 'form'; readonly fields: readonly CodeField[] }
  | { readonly kind: 'multipart'; readonly parts: readonly (CodeField | CodeFilePart)[] }
  | { readonly kind: 'file'; readonly path: string };

export interface CodeRequest {
  readonly method: HttpMethod;
  readonly url: Expr;
  /** In order, as sent; a multipart body's Content-Type is left to the library (it writes the boundary). */
  readonly headers: readonly (readonly [string, Expr])[];
  readonly body: CodeBody;
  /** HTTP Basic written the way each language does it natively (CURLOPT_USERPWD, -u, auth=…). */
  readonly basicAuth?: { readonly user: Expr; readonly password: Expr };
  /** TLS verification off, as the profile has it. */
  readonly insecure?: boolean;
}

/** A call made before the request whose JSON answer gives a value (`AccessToken`) later parts use. */
export interface CodeStep {
  readonly name: string;
  readonly comment: string;
  readonly request: CodeRequest;
  readonly jsonField: string;
}

export interface EnvVar {
  readonly name: string;
  readonly description: string;
}

export interface CodeProgram {
  /** What to set before running the snippet, listed above the code. */
  readonly env: readonly EnvVar[];
  readonly steps: readonly CodeStep[];
  readonly request: CodeRequest;
}

export const codeTargetIds = [
  'curl',
  'curl-cmd',
  'php-curl',
  'php-guzzle',
  'python-requests',
  'js-fetch',
  'node',
  'csharp',
  'go',
  'httpie',
  'powershell',
] as const;
export type CodeTargetId = (typeof codeTargetIds)[number];

export interface CodeTarget {
  readonly id: CodeTargetId;
  readonly label: string;
  /** Monaco's language id for highlighting. */
  readonly language: string;
  /** What the language cannot compute (MD5 in a browser; MD5 and URL-encoding in cmd): the snippet reads it precomputed. */
  readonly precomputed: readonly ('md5' | 'urlencode')[];
  render(program: CodeProgram): string;
}
