/** Postman-style dynamic values: a fresh value each time a request is prepared. */

export interface DynamicSources {
  readonly now: () => number;
  readonly uuid: () => string;
  /** A number in [0, 1). */
  readonly random: () => number;
}

export const DYNAMIC_NAMES = ['$timestamp', '$isoTimestamp', '$isoDate', '$uuid', '$guid', '$randomInt'] as const;

export function dynamicValues(sources: DynamicSources): Record<string, string> {
  const now = sources.now();
  const iso = new Date(now).toISOString();
  const uuid = sources.uuid();
  return {
    $timestamp: String(Math.floor(now / 1000)),
    $isoTimestamp: iso,
    $isoDate: iso.slice(0, 10),
    $uuid: uuid,
    $guid: uuid,
    $randomInt: String(Math.floor(sources.random() * 1001)),
  };
}
