/**
 * Redirects of one send: which 3xx answers are followed, where to, as what request, and which are refused
 * or stopped (shown as the answer) because they would move the request somewhere less safe.
 */
import type { RedirectHop } from '../../shared/http/response';
import type { HeaderList, HttpMethod } from '../../shared/http/types';
import { headerValue } from '../../shared/http/headers';
import { EngineError } from './errors';
import type { HopResponse } from './hop';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A redirect the engine chose not to follow, and why. */
export interface StoppedRedirect {
  readonly location: string;
  readonly reason: 'cross-origin' | 'downgrade';
}

export interface RedirectRules {
  readonly follow: boolean;
  readonly max: number;
  /** https → http is followed only when the request's options allow it. */
  readonly allowDowngrade: boolean;
  /** The request carries credentials: a redirect to another origin is the answer, not followed. */
  readonly sameOriginOnly: boolean;
}

/** Where the next hop goes and as what request. */
export interface HopTarget {
  readonly url: URL;
  readonly method: HttpMethod;
  readonly headers: HeaderList;
  /** False once a redirect turned the request into a bodiless GET. */
  readonly keepBody: boolean;
}

export interface RedirectTrail {
  /** The request the next hop sends. */
  readonly target: HopTarget;
  /** The redirects followed so far, oldest first. */
  readonly redirects: RedirectHop[];
  /** Set when the last answer was a redirect the rules stopped. */
  readonly stopped: StoppedRedirect | undefined;
  /** The URL to follow this answer to, or null when it is the final one; records why one is not followed. */
  nextHop(response: HopResponse): URL | null;
  /** Records the redirect and moves the target to `next`; throws past the redirect limit. */
  follow(response: HopResponse, next: URL): void;
}

/** The request after a redirect: 303 (and 301/302 for POST, as browsers do) become a bodiless GET. */
function redirected(
  method: HttpMethod,
  status: number,
  from: URL,
  to: URL,
  headers: HeaderList,
): { method: HttpMethod; keepBody: boolean; headers: HeaderList } {
  const toGet = status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST';
  const crossOrigin = from.origin !== to.origin;
  const dropped = new Set<string>([
    ...(toGet ? ['content-type', 'content-length', 'transfer-encoding'] : []),
    ...(crossOrigin ? ['authorization', 'cookie', 'proxy-authorization'] : []),
    'host',
  ]);
  return {
    method: toGet ? 'GET' : method,
    keepBody: !toGet,
    headers: headers.filter(([name]) => !dropped.has(name.toLowerCase())),
  };
}

/** Where a Location points; only http(s) targets are followed (never file:, javascript:, data:…). */
function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new EngineError(
      'redirect-refused',
      `${from.host} redirected to a Location that is not a URL, so Parley did not follow it.`,
      "Turn off Follow redirects (in Settings, or in this request's Options) to see the raw answer, and report the broken Location to the server owner.",
      'PARLEY_REDIRECT_INVALID',
    );
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new EngineError(
      'redirect-refused',
      `${from.host} redirected to a ${next.protocol} URL; Parley follows redirects only to http: and https:.`,
      'A server has no business sending you to a local file or a script: treat this answer as suspicious.',
      'PARLEY_REDIRECT_SCHEME',
    );
  }
  return next;
}

export function createRedirectTrail(first: HopTarget, rules: RedirectRules): RedirectTrail {
  const origin = first.url.origin;
  const redirects: RedirectHop[] = [];
  let target = first;
  let stopped: StoppedRedirect | undefined;
  return {
    get target() {
      return target;
    },
    redirects,
    get stopped() {
      return stopped;
    },
    nextHop(response) {
      const location = headerValue(response.headers, 'location');
      if (!rules.follow || !REDIRECT_STATUSES.has(response.status) || !location) return null;
      const { url } = target;
      const next = redirectTarget(location, url);
      const reason =
        url.protocol === 'https:' && next.protocol === 'http:' && !rules.allowDowngrade
          ? 'downgrade'
          : rules.sameOriginOnly && next.origin !== origin
            ? 'cross-origin'
            : null;
      stopped = reason ? { location: next.href, reason } : undefined;
      return reason ? null : next;
    },
    follow(response, next) {
      redirects.push({
        url: target.url.href,
        status: response.status,
        location: headerValue(response.headers, 'location') ?? '',
      });
      if (redirects.length > rules.max) {
        throw new EngineError(
          'too-many-redirects',
          `Stopped after ${rules.max} redirects (the last one pointed to ${next.href}).`,
          "The server redirects in a loop, or needs a cookie/login first. Turn off Follow redirects (in Settings, or in this request's Options) to look at one hop.",
          'PARLEY_TOO_MANY_REDIRECTS',
        );
      }
      const { url, method, headers } = target;
      target = { url: next, ...redirected(method, response.status, url, next, headers) };
    },
  };
}
