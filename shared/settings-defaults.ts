/**
 * The settings' default values, free of the schema library so that the CLI and the first paint can read
 * them without loading it. `shared/settings.ts` checks them against the schema at compile time.
 */
const MB = 1024 * 1024;

export const settingsDefaults = {
  theme: 'system',
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 120_000,
  idleTimeoutMs: 60_000,
  bodyFileThresholdBytes: 1 * MB,
  bodyCapBytes: 1024 * MB,
  followRedirects: true,
  maxRedirects: 10,
  proxyUrl: '',
  useSystemProxy: true,
  tlsVerify: true,
  caFile: '',
  historyMaxEntries: 1000,
  historyMaxBytes: 512 * MB,
  collectionsDir: '',
  editorFontSize: 13,
} as const;
