/** A provider's auth written as code: the same steps its auth takes in main, over markers instead of secrets. */
import type { HttpRequestSpec } from '../../http/types';
import type { EnvVar } from '../program';

export interface CodegenAuthContext {
  readonly baseUrl: string;
  readonly fields: Readonly<Record<string, string>>;
  /** Secret fields holding a value in the profile (decides APWT's level when a call takes either). */
  readonly secretsSet: ReadonlySet<string>;
  /** A marker for a secret field: becomes an environment-variable read in the snippet. */
  secret(key: string): string;
  /** A marker for the MD5 hex of a secret field: the snippet computes it. */
  secretMd5(key: string): string;
}

export interface CodegenStepSpec {
  readonly name: string;
  readonly comment: string;
  readonly request: HttpRequestSpec;
  /** The field of the step's JSON answer that holds the value. */
  readonly jsonField: string;
}

export interface AuthAsCode {
  readonly request: HttpRequestSpec;
  /** HTTP Basic, written natively by each language (marked strings). */
  readonly basicAuth?: { readonly user: string; readonly password: string };
  readonly steps?: readonly CodegenStepSpec[];
}

export interface ProviderCodegen {
  /** The environment variable standing for each secret field, named after provider and field. */
  readonly secretEnv: Readonly<Record<string, EnvVar>>;
  /** Throws with a message naming the profile fields to fill when the call cannot be authenticated. */
  authAsCode(request: HttpRequestSpec, context: CodegenAuthContext): AuthAsCode;
}
