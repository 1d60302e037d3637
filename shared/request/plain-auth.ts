/**
 * Auth helpers for plain HTTP requests, applied in main like a provider's auth. Every field may hold
 * `{{variables}}` (a secret variable, typically); whatever a field holds is treated as sensitive.
 */
import { z } from 'zod';

const field = z.string().max(16 * 1024);

export const plainAuthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('bearer'), token: field }),
  z.object({ kind: z.literal('basic'), username: field, password: field }),
  z.object({
    kind: z.literal('apiKey'),
    name: z.string().min(1).max(256),
    value: field,
    in: z.enum(['header', 'query']),
  }),
  z.object({
    kind: z.literal('oauth2'),
    grant: z.enum(['client_credentials', 'password']),
    tokenUrl: z.string().max(4096),
    clientId: field,
    clientSecret: field.default(''),
    username: field.default(''),
    password: field.default(''),
    scope: z.string().max(4096).default(''),
    /** How the client authenticates at the token endpoint: a Basic header (RFC 6749's default) or form fields. */
    clientAuth: z.enum(['basic', 'body']).default('basic'),
  }),
]);
export type PlainAuth = z.infer<typeof plainAuthSchema>;
export type OAuth2Auth = Extract<PlainAuth, { kind: 'oauth2' }>;

/** The fields of an auth that are credentials (masked in history, written to files as references). */
export function authSecretFields(auth: PlainAuth): readonly string[] {
  switch (auth.kind) {
    case 'bearer':
      return [auth.token];
    case 'basic':
      return [auth.password];
    case 'apiKey':
      return [auth.value];
    case 'oauth2':
      return [auth.clientSecret, auth.password];
    default:
      return [];
  }
}
