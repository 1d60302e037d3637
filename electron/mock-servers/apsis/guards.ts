/**
 * What APSIS checks before a method runs: the Basic-auth key (-4), the 60-a-minute rate limit (-9), the
 * URL's parameters and the body (-7 for unreadable JSON, -2 for invalid values).
 */
import type http from 'node:http';
import type { ApsisEndpointSpec } from '../../../shared/providers/apsis/catalog';
import { apsisRequiredBodyFields } from '../../../shared/providers/apsis/catalog-bodies';
import type { MockRequest, MockResponse } from '../http-kit';
import { envelope, validationError } from './envelope';

/** key → when it becomes active (ms since epoch); a new key takes up to 5 minutes. */
export type KeyRing = Map<string, number>;

export function checkKey(
  headers: http.IncomingHttpHeaders,
  keys: KeyRing,
  now: number,
): { readonly ok: true; readonly key: string } | { readonly ok: false; readonly response: MockResponse } {
  const refuse = (message: string) => ({ ok: false as const, response: envelope(-4, message) });
  const authorization = String(headers.authorization ?? '');
  const match = /^basic\s+(\S+)$/i.exec(authorization);
  if (!match)
    return refuse(
      'Unauthorized: send the API key with HTTP Basic authentication (the key as user name, an empty password)',
    );
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const key = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
  if (!/^[A-Za-z0-9-]+$/.test(key))
    return refuse('Unauthorized: the API key contains characters an APSIS key never has');
  const activeAt = keys.get(key);
  if (activeAt === undefined) return refuse('Unauthorized: invalid API key');
  if (now < activeAt)
    return refuse('Unauthorized: the API key is not active yet - a new key can take up to 5 minutes to activate');
  return { ok: true, key };
}

/** A sliding one-minute window per key. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** True when the request is allowed (and counted). */
  allow(key: string, limitPerMinute: number, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= limitPerMinute) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  clear(): void {
    this.hits.clear();
  }
}

export function checkPathParams(
  endpoint: ApsisEndpointSpec,
  values: Readonly<Record<string, string>>,
): MockResponse | null {
  for (const spec of endpoint.params.filter((param) => param.in === 'path')) {
    const value = values[spec.name] ?? '';
    if (spec.type === 'integer' && !/^\d+$/.test(value))
      return validationError(`The value '${value}' is not valid for ${spec.name}.`);
    if (spec.type === 'boolean' && !/^(true|false)$/i.test(value))
      return validationError(`The value '${value}' is not valid for ${spec.name}: use true or false.`);
    if (spec.minimum !== undefined && Number(value) < spec.minimum)
      return validationError(`${spec.name} must be at least ${spec.minimum}.`);
    if (spec.maximum !== undefined && Number(value) > spec.maximum)
      return validationError(`${spec.name} must be at most ${spec.maximum}.`);
    if (spec.pattern && !new RegExp(spec.pattern).test(value))
      return validationError(
        `The value '${value}' is not valid for ${spec.name}: expected the format yyyyMMddTHHmmss.`,
      );
  }
  return null;
}

export type BodyCheck =
  { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly response: MockResponse };

/** The parsed body, or the error APSIS gives for a body it cannot read or that lacks required fields. */
export function checkBody(endpoint: ApsisEndpointSpec, request: MockRequest): BodyCheck {
  const refuse = (response: MockResponse): BodyCheck => ({ ok: false, response });
  const takesBody = endpoint.params.some((param) => param.in === 'body');
  const raw = request.rawBody.toString('utf8').trim();
  if (!takesBody) return { ok: true, body: undefined };
  if (raw === '') return refuse(validationError('The request body is required for this method.'));
  const type = String(request.headers['content-type'] ?? '');
  if (!/json/i.test(type))
    return refuse(
      envelope(-7, `Bad request: the body must be sent as application/json (got ${type || 'no content type'}).`),
    );
  if (request.json === undefined)
    return refuse(envelope(-7, 'Bad request: the request body could not be parsed as JSON.'));
  const body = request.json;
  const required = apsisRequiredBodyFields[endpoint.id] ?? [];
  if (required.length > 0) {
    const record =
      typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const missing = required.filter(
      (field) => record[field] === undefined || record[field] === null || record[field] === '',
    );
    if (missing.length > 0)
      return refuse(
        validationError(`Validation error: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} required.`),
      );
  }
  return { ok: true, body };
}
