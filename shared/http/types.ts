/**
 * The concrete HTTP request main sends, and what comes back. Everything above this (profiles,
 * providers, drafts) is turned into an HttpRequestSpec before the engine sees it.
 */
import { z } from 'zod';

import { httpMethods } from './methods';

export { httpMethods };
export const httpMethodSchema = z.enum(httpMethods);
export type HttpMethod = z.infer<typeof httpMethodSchema>;

/** Headers as an ordered list: order, case and duplicates are sent exactly as given. */
export const headerListSchema = z.array(z.tuple([z.string().max(8192), z.string().max(65536)])).max(500);
export type HeaderList = z.infer<typeof headerListSchema>;

const fieldSchema = z.object({
  name: z.string().max(4096),
  value: z.string().max(16 * 1024 * 1024),
  /** false: a row the user unticked in a draft's form; it stays in the draft and is not sent. */
  enabled: z.boolean().optional(),
});
const filePartSchema = z.object({
  name: z.string().max(4096),
  filePath: z.string().max(4096),
  fileName: z.string().max(1024).optional(),
  contentType: z.string().max(256).optional(),
});

export const bodySpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('json'), text: z.string().max(64 * 1024 * 1024) }),
  z.object({
    kind: z.literal('text'),
    text: z.string().max(64 * 1024 * 1024),
    contentType: z.string().max(256).optional(),
  }),
  /** application/x-www-form-urlencoded */
  z.object({ kind: z.literal('form'), fields: z.array(fieldSchema).max(10_000) }),
  /** multipart/form-data: text fields and files read from disk by main. */
  z.object({ kind: z.literal('multipart'), parts: z.array(z.union([fieldSchema, filePartSchema])).max(10_000) }),
  /** A file from disk sent as the whole body. */
  z.object({ kind: z.literal('file'), path: z.string().max(4096), contentType: z.string().max(256).optional() }),
]);
export type BodySpec = z.infer<typeof bodySpecSchema>;

export const httpRequestSpecSchema = z.object({
  method: httpMethodSchema,
  url: z
    .string()
    .min(1)
    .max(1024 * 1024),
  headers: headerListSchema,
  body: bodySpecSchema,
});
export type HttpRequestSpec = z.infer<typeof httpRequestSpecSchema>;

/** Per-request transport options; unset fields fall back to the settings. */
export const transportOptionsSchema = z.object({
  connectTimeoutMs: z.number().int().min(1).max(600_000).optional(),
  totalTimeoutMs: z.number().int().min(1).max(3_600_000).optional(),
  idleTimeoutMs: z.number().int().min(1).max(3_600_000).optional(),
  followRedirects: z.boolean().optional(),
  maxRedirects: z.number().int().min(0).max(50).optional(),
  /** Follow a redirect from https to http (off: the redirect is shown, not followed). */
  allowDowngrade: z.boolean().optional(),
});
export type TransportOptions = z.infer<typeof transportOptionsSchema>;
