/**
 * The secret half of a provider, in main: how credentials are applied to a request built in shared/,
 * how token flows run, and which responses count as failed logins.
 */
import type { Clock } from '../deps';
import type { HeaderList, HttpRequestSpec } from '../../shared/http/types';
import type { ProfileView } from '../../shared/profiles/schema';
import type { ProviderDraft, ProviderId } from '../../shared/providers/types';

export interface PlainResponse {
  readonly status: number;
  readonly headers: HeaderList;
  readonly bodyText: string;
}

export interface AuthContext {
  readonly profile: ProfileView;
  /** Decrypted secret fields. In a preview these are masked placeholders, never the real values. */
  readonly secrets: Readonly<Record<string, string>>;
  /** True for `request.preview`: apply placeholders, make no network call. */
  readonly preview: boolean;
  /** Sends a side request (a token exchange) through the engine. */
  readonly send: (request: HttpRequestSpec) => Promise<PlainResponse>;
  readonly clock: Clock;
}

export interface AuthResult {
  readonly request: HttpRequestSpec;
  /** Every string derived from a secret (the MD5, the base64, the token): redacted from anything stored or shown. */
  readonly sensitive: readonly string[];
}

/**
 * The server locks out after repeated failed logins. The ban guard asks the user before a send once
 * `threshold` consecutive failures were counted in `scope`.
 */
export interface AuthLockout {
  /** Consecutive failed logins after which the next send needs the user's confirmation. */
  readonly threshold: number;
  /**
   * What the server counts: 'origin' — every profile on the same API host (scheme, host, port) shares
   * one count, as an IP ban does; 'profile' — each profile (account) counts alone.
   */
  readonly scope: 'origin' | 'profile';
  /** One sentence naming what the next failure costs, shown in the confirmation. */
  readonly risk: string;
}

export interface ProviderAuth<Id extends string = ProviderId> {
  readonly id: Id;
  apply(request: HttpRequestSpec, context: AuthContext): Promise<AuthResult>;
  /**
   * Looks at the response before the user does. 'retry' asks the pipeline to apply auth again and resend
   * once (webCRM: a 401 on a data call means the token expired; refresh and retry). `request` is what was sent.
   */
  afterResponse?(response: PlainResponse, context: AuthContext, request: HttpRequestSpec): Promise<'retry' | 'done'>;
  /** Secrets the server handed out in this response (the tokens of a login call): masked like the profile's. */
  secretsInResponse?(response: PlainResponse): readonly string[];
  /** True when the response says the credentials were refused (the wbTeamPro ban guard counts these). */
  isAuthFailure(response: PlainResponse): boolean;
  /** The cheapest authenticated call, for the profile manager's "Test connection". */
  readonly connectionTest: ProviderDraft;
  /** Drops cached tokens for a profile (its secret changed, it was deleted). */
  forget?(profileId: string): void;
  /** Present when the server locks out after failed logins: the ban guard's rules. */
  readonly lockout?: AuthLockout;
  /** For providers with a cached access token: when the profile's token expires (never the token). */
  tokenState?(profileId: string): { readonly expiresAt: number } | null;
  /** Releases timers or sessions held by this auth (the services are closing). */
  dispose?(): void;
}
