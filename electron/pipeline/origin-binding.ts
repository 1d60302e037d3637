/**
 * Secrets are bound to origins: a profile's secrets go to its base URL's origin (scheme, host, port) and
 * nowhere else unless the user, asked by main in a native dialog naming the destination, allows that
 * origin. An allowed origin is remembered per owner (a profile, a secret variable) until Parley closes.
 * A downgrade (https → http) is a different origin, so it is asked about too.
 */
import { originOf } from '../../shared/request/url';
import type { MainDialogs } from '../dialogs/dialogs';

/** Whose secrets are at stake, and where they may go without asking. */
export interface SecretOwner {
  /** A stable key for remembering answers (the profile's id, a variable's id). */
  readonly key: string;
  /** How the user knows it: `profile "Prod"`, `secret variable {{token}}`. */
  readonly label: string;
  readonly allowedOrigins: readonly string[];
}

export type OriginVerdict = { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface OriginGuard {
  /**
   * Allows a request carrying `owner`'s secrets to `url` when its origin is the owner's, was allowed
   * before, or the user allows it now; otherwise says why nothing was sent.
   */
  check(owner: SecretOwner, url: string): Promise<OriginVerdict>;
  /** The origins the user allowed for an owner in this session. */
  approved(key: string): readonly string[];
}

export function createOriginGuard(dialogs: Pick<MainDialogs, 'confirm'>): OriginGuard {
  const approvals = new Map<string, Set<string>>();
  return {
    approved: (key) => [...(approvals.get(key) ?? [])],
    async check(owner, url) {
      const destination = originOf(url);
      // Not an http(s) URL: the engine refuses it, and nothing leaves.
      if (destination === null) return { ok: true };
      if (owner.allowedOrigins.includes(destination) || approvals.get(owner.key)?.has(destination)) return { ok: true };
      const home = owner.allowedOrigins.length > 0 ? owner.allowedOrigins.join(', ') : 'no server yet';
      const downgrade = owner.allowedOrigins.some(
        (origin) => origin.startsWith('https:') && origin.slice('https:'.length) === destination.slice('http:'.length),
      );
      const allowed = await dialogs.confirm({
        title: 'Send secrets to another server?',
        message: `Send the secrets of ${owner.label} to ${destination}?`,
        detail: downgrade
          ? `${destination} is the same server without TLS: the secrets would cross the network unencrypted. They normally go only to ${home}.`
          : `They normally go only to ${home}. Allow this only if you trust ${destination}; Parley remembers the answer until it closes.`,
        confirmLabel: `Send to ${destination}`,
      });
      if (!allowed)
        return {
          ok: false,
          message: `Not sent: the secrets of ${owner.label} go only to ${home}, and this request goes to ${destination}.`,
        };
      const set = approvals.get(owner.key) ?? new Set<string>();
      set.add(destination);
      approvals.set(owner.key, set);
      return { ok: true };
    },
  };
}
