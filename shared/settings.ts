import { z } from 'zod';

export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

const MB = 1024 * 1024;

/** Application-wide settings. Every field has a default so an old or partial file still loads. */
export const settingsSchema = z.object({
  theme: themeSchema.default('system'),
  /** Milliseconds to wait for the TCP/TLS connection. */
  connectTimeoutMs: z.number().int().min(100).max(600_000).default(10_000),
  /** Milliseconds for the whole exchange, body included. */
  totalTimeoutMs: z.number().int().min(100).max(3_600_000).default(120_000),
  /** Bodies larger than this are streamed to a file instead of being kept in memory. */
  bodyFileThresholdBytes: z.number().int().min(1024).max(256 * MB).default(1 * MB),
  /** Downloads stop here with a clear message; what arrived is kept. */
  bodyCapBytes: z.number().int().min(1024).max(16 * 1024 * MB).default(1024 * MB),
  followRedirects: z.boolean().default(true),
  maxRedirects: z.number().int().min(0).max(50).default(10),
  /** Empty means: use HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment. */
  proxyUrl: z.string().max(2048).default(''),
  historyMaxEntries: z.number().int().min(0).max(100_000).default(1000),
  historyMaxBytes: z.number().int().min(0).max(64 * 1024 * MB).default(512 * MB),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
