/**
 * Paces sends against a provider's documented limits. It remembers, per key (a profile: limits count per
 * API key / application token), when requests went; `check` says how long the next one should wait and why.
 * Created from a clock; its memory lives and dies with the pipeline that owns it.
 */
import type { HttpRequestSpec } from '../../../shared/http/types';
import type { Clock } from '../../deps';
import type { PacingLimits } from './types';

export interface PacingVerdict {
  /** Milliseconds until the request fits the limit. */
  readonly waitMs: number;
  /** "APSIS allows 60 requests a minute per API key: this would be the 61st in a minute." */
  readonly reason: string;
}

export interface Pacer {
  /** Null when the request fits every limit now. */
  check(key: string, limits: PacingLimits, request: HttpRequestSpec): PacingVerdict | null;
  /** The request went out now. */
  record(key: string, limits: PacingLimits, request: HttpRequestSpec): void;
  forget(key: string): void;
}

const identity = (request: HttpRequestSpec) => `${request.method} ${request.url}`;

export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function createPacer(deps: { readonly clock: Clock }): Pacer {
  const sent = new Map<string, number[]>();
  const lastIdentical = new Map<string, Map<string, number>>();
  const longestWindow = (limits: PacingLimits) => Math.max(0, ...limits.windows.map((w) => w.windowMs));

  return {
    check(key, limits, request) {
      const now = deps.clock.now();
      const verdicts: PacingVerdict[] = [];
      const times = sent.get(key) ?? [];
      for (const window of limits.windows) {
        const inWindow = times.filter((at) => at > now - window.windowMs);
        if (inWindow.length < window.max) continue;
        // The oldest request that must leave the window before one more fits.
        const leaving = inWindow[inWindow.length - window.max] ?? now;
        verdicts.push({
          waitMs: leaving + window.windowMs - now,
          reason: `${window.says}: this would be request ${inWindow.length + 1} within ${waitText(window.windowMs)}.`,
        });
      }
      const identical = limits.identical;
      if (identical?.applies(request)) {
        const last = lastIdentical.get(key)?.get(identity(request));
        if (last !== undefined && now - last < identical.minGapMs)
          verdicts.push({
            waitMs: last + identical.minGapMs - now,
            reason: `${identical.says}: the same request went ${waitText(now - last)} ago.`,
          });
      }
      if (verdicts.length === 0) return null;
      return verdicts.reduce((longest, verdict) => (verdict.waitMs > longest.waitMs ? verdict : longest));
    },
    record(key, limits, request) {
      const now = deps.clock.now();
      const keep = longestWindow(limits);
      sent.set(key, [...(sent.get(key) ?? []).filter((at) => at > now - keep), now]);
      if (limits.identical?.applies(request)) {
        const polls = lastIdentical.get(key) ?? new Map<string, number>();
        polls.set(identity(request), now);
        lastIdentical.set(key, polls);
      }
    },
    forget(key) {
      sent.delete(key);
      lastIdentical.delete(key);
    },
  };
}
