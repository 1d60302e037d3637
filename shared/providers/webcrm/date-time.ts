/**
 * webCRM's `date-time` parameters are RFC 3339 (OpenAPI `format: date-time`): a validating server refuses a
 * time without an offset. A value typed without one is read in the user's local time zone and sent with it.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const dateTimeExample = '2019-09-01T00:00:00+02:00';
export const dateTimeHelp =
  'An RFC 3339 date-time, e.g. 2019-09-01T00:00:00+02:00 or …Z for UTC. Without an offset Parley sends your local time zone’s.';

/** Minutes east of UTC at that wall-clock moment in the local zone (daylight saving included). */
export type OffsetAt = (year: number, month: number, day: number, hour: number, minute: number) => number;

export const localOffsetAt: OffsetAt = (year, month, day, hour, minute) =>
  -new Date(year, month - 1, day, hour, minute).getTimezoneOffset();

const two = (value: number) => String(value).padStart(2, '0');

function formatOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

export type DateTimeReading =
  { readonly ok: true; readonly text: string; readonly offsetAdded: boolean } | { readonly ok: false };

/** `2019-09-01`, `2019-09-01T08:30`, `2019-09-01T08:30:00Z`, `…+0200` → RFC 3339 text. */
export function toRfc3339(input: string, offsetAt: OffsetAt = localOffsetAt): DateTimeReading {
  const match = DATE_TIME.exec(input.trim());
  if (!match) return { ok: false };
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone] = match;
  const [year, month, day, hour, minute] = [y, mo, d, h, mi].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || Number(s) > 60)
    return { ok: false };
  const base = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}`;
  if (zone) {
    const normalized = /^z$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return { ok: true, text: `${base}${normalized}`, offsetAdded: false };
  }
  return { ok: true, text: `${base}${formatOffset(offsetAt(year, month, day, hour, minute))}`, offsetAdded: true };
}
