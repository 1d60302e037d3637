/**
 * The settings screen's numeric fields: what each is called, the unit the user types it in, and the check
 * of a typed value against the setting's own bounds (from the shared schema), with a message that says the
 * bounds in that unit.
 */
import { proxyUrlProblem, settingsShape, type Settings } from '../../../../shared/settings';

type NumericKey = {
  [K in keyof Settings]: Settings[K] extends number ? K : never;
}[keyof Settings];

export interface NumericField {
  readonly key: NumericKey;
  readonly label: string;
  /** How many stored units one typed unit is (1 for ms and counts, 1 MiB for sizes). */
  readonly scale: number;
  readonly unit: string;
}

const MB = 1024 * 1024;

export const numericFields = {
  connectTimeoutMs: { key: 'connectTimeoutMs', label: 'Connect timeout (ms)', scale: 1, unit: 'ms' },
  totalTimeoutMs: { key: 'totalTimeoutMs', label: 'Total timeout (ms)', scale: 1, unit: 'ms' },
  idleTimeoutMs: { key: 'idleTimeoutMs', label: 'Idle timeout (ms)', scale: 1, unit: 'ms' },
  maxRedirects: { key: 'maxRedirects', label: 'Max redirects', scale: 1, unit: 'hops' },
  bodyFileThresholdBytes: {
    key: 'bodyFileThresholdBytes',
    label: 'Keep bodies in memory up to (MB)',
    scale: MB,
    unit: 'MB',
  },
  bodyCapBytes: { key: 'bodyCapBytes', label: 'Stop downloads at (MB)', scale: MB, unit: 'MB' },
  historyMaxEntries: { key: 'historyMaxEntries', label: 'Keep at most (requests)', scale: 1, unit: 'requests' },
  historyMaxBytes: { key: 'historyMaxBytes', label: 'History size limit (MB)', scale: MB, unit: 'MB' },
  editorFontSize: { key: 'editorFontSize', label: 'Editor font size (px)', scale: 1, unit: 'px' },
} as const satisfies Record<NumericKey, NumericField>;

/** What the user sees in a field for a stored value. */
export function displayNumber(field: NumericField, stored: number): string {
  const value = stored / field.scale;
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

function bounds(field: NumericField): { min: number; max: number } {
  const schema = settingsShape[field.key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The stored value for what was typed, or why it cannot be one. */
export function parseNumber(field: NumericField, typed: string): { value: number } | { problem: string } {
  const { min, max } = bounds(field);
  const range = `between ${displayNumber(field, min)} and ${displayNumber(field, max)} ${field.unit}`;
  const text = typed.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return { problem: `Write a number ${range}.` };
  const value = Math.round(Number(text) * field.scale);
  if (value < min) return { problem: `Must be at least ${displayNumber(field, min)} ${field.unit} (${range}).` };
  if (value > max) return { problem: `Must be at most ${displayNumber(field, max)} ${field.unit} (${range}).` };
  return { value };
}

export type FormText = Readonly<Record<NumericKey, string>>;

export function formTextOf(settings: Settings): FormText {
  const entries = Object.values(numericFields).map((field) => [field.key, displayNumber(field, settings[field.key])]);
  return Object.fromEntries(entries) as FormText;
}

export interface FormCheck {
  readonly patch: Partial<Settings>;
  /** Per field key, the message shown beside it. */
  readonly problems: Readonly<Partial<Record<keyof Settings, string>>>;
}

/** The patch the form would save (only changed values), and every field's problem. */
export function checkForm(
  saved: Settings,
  text: FormText,
  other: Pick<Settings, 'followRedirects' | 'proxyUrl' | 'useSystemProxy' | 'tlsVerify' | 'theme'>,
): FormCheck {
  const patch: Partial<Record<keyof Settings, unknown>> = {};
  const problems: Partial<Record<keyof Settings, string>> = {};
  for (const field of Object.values(numericFields)) {
    const parsed = parseNumber(field, text[field.key]);
    if ('problem' in parsed) problems[field.key] = parsed.problem;
    else if (parsed.value !== saved[field.key]) patch[field.key] = parsed.value;
  }
  const proxyProblem = proxyUrlProblem(other.proxyUrl.trim());
  if (proxyProblem) problems.proxyUrl = proxyProblem;
  for (const key of Object.keys(other) as (keyof typeof other)[]) {
    const value = key === 'proxyUrl' ? other.proxyUrl.trim() : other[key];
    if (value !== saved[key] && !problems[key]) patch[key] = value;
  }
  if (!problems.bodyCapBytes && !problems.bodyFileThresholdBytes) {
    const cap = (patch.bodyCapBytes as number | undefined) ?? saved.bodyCapBytes;
    const threshold = (patch.bodyFileThresholdBytes as number | undefined) ?? saved.bodyFileThresholdBytes;
    if (threshold > cap) problems.bodyFileThresholdBytes = 'Must not be larger than where downloads stop.';
  }
  return { patch: patch as Partial<Settings>, problems };
}
