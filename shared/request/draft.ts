/**
 * A request as the renderer edits it. It references a profile by id; main resolves the secrets.
 * Plain-HTTP drafts use method/url/query/headers/body; provider drafts use `provider` (catalog endpoint
 * and parameters), and the same headers/query rows as extras.
 */
import { z } from 'zod';
import { bodySpecSchema, httpMethodSchema, transportOptionsSchema } from '../http/types';
import { sandboxIds } from '../providers/sandboxes';
import { requestChecksSchema } from '../run/checks';
import { plainAuthSchema } from './plain-auth';

export const keyValueRowSchema = z.object({
  name: z.string().max(8192),
  value: z.string().max(1024 * 1024),
  enabled: z.boolean().default(true),
});
export type KeyValueRow = z.infer<typeof keyValueRowSchema>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const providerDraftSchema = z.object({
  endpointId: z.string().max(256).nullable(),
  method: httpMethodSchema.optional(),
  path: z.string().max(8192).optional(),
  params: z.record(z.string(), z.unknown()),
  headers: z.array(z.tuple([z.string(), z.string()])).optional(),
  options: z.record(z.string(), scalar).optional(),
});

export const requestDraftSchema = z.object({
  sandbox: z.enum(sandboxIds),
  profileId: z.string().max(64).nullable(),
  method: httpMethodSchema,
  url: z.string().max(1024 * 1024),
  query: z.array(keyValueRowSchema).max(1000),
  headers: z.array(keyValueRowSchema).max(1000),
  body: bodySpecSchema,
  provider: providerDraftSchema.nullable(),
  transport: transportOptionsSchema.default({}),
  /** Captures and assertions evaluated in main after each send (and by `parley run`). */
  checks: requestChecksSchema.optional(),
  /** Plain HTTP only: an auth helper applied in main (absent means none). */
  auth: plainAuthSchema.optional(),
});
export type RequestDraft = z.infer<typeof requestDraftSchema>;

export function emptyDraft(sandbox: RequestDraft['sandbox']): RequestDraft {
  return {
    sandbox,
    profileId: null,
    method: 'GET',
    url: '',
    query: [],
    headers: [],
    body: { kind: 'none' },
    provider: sandbox === 'http' ? null : { endpointId: null, params: {} },
    transport: {},
  };
}
