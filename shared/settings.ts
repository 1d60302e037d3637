import { z } from 'zod';
import { patchSchema } from './patch';
import { settingsDefaults } from './settings-defaults';

export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

const MB = 1024 * 1024;

/** Application-wide settings, each field with its bounds (the settings screen checks each field against its own). */
export const settingsShape = {
  theme: themeSchema,
  /** Milliseconds to wait for the TCP/TLS connection. */
  connectTimeoutMs: z.number().int().min(100).max(600_000),
  /** Milliseconds for the whole exchange, body included. */
  totalTimeoutMs: z.number().int().min(100).max(3_600_000),
  /** Milliseconds in which the server must send something (headers, or body at a minimal rate). */
  idleTimeoutMs: z.number().int().min(100).max(3_600_000),
  /** Bodies larger than this are streamed to a file instead of being kept in memory. */
  bodyFileThresholdBytes: z
    .number()
    .int()
    .min(1024)
    .max(256 * MB),
  /** Downloads stop here with a clear message; what arrived is kept. */
  bodyCapBytes: z
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * MB),
  followRedirects: z.boolean(),
  maxRedirects: z.number().int().min(0).max(50),
  /** An explicit proxy for every request; empty means none, or the system's when `useSystemProxy`. */
  proxyUrl: z.string().max(2048),
  /** With no explicit proxy: honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment. */
  useSystemProxy: z.boolean(),
  /** Verify TLS certificates for requests without a profile (a profile has its own switch). */
  tlsVerify: z.boolean(),
  /** A PEM file of extra certificate authorities, trusted beside the system's; set only through main's file picker. */
  caFile: z.string().max(4096),
  historyMaxEntries: z.number().int().min(0).max(100_000),
  historyMaxBytes: z
    .number()
    .int()
    .min(0)
    .max(64 * 1024 * MB),
  /** The folder saved requests live in; empty means `collections` under the data folder. */
  collectionsDir: z.string().max(4096),
  /** Pixels, for the code editors (bodies, responses, scripts). */
  editorFontSize: z.number().int().min(8).max(32),
};

export const defaultSettings = settingsDefaults satisfies {
  [K in keyof typeof settingsShape]: z.infer<(typeof settingsShape)[K]>;
};

/** A stored file may be old or partial: every missing field takes its default. */
export const settingsSchema = z.preprocess(
  (value) => ({ ...defaultSettings, ...(typeof value === 'object' && value !== null ? value : {}) }),
  z.object(settingsShape),
);

export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings: only the fields given, no defaults filled in. */
export const settingsPatchSchema = patchSchema(settingsShape);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Why a proxy URL cannot be used, or null when it can (empty means no explicit proxy). */
export function proxyUrlProblem(value: string): string | null {
  if (value === '') return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `A proxy URL starts with http:// or https:// (not ${url.protocol}//).`;
    return null;
  } catch {
    return 'Write the proxy as a URL, like http://proxy.example.com:3128.';
  }
}
