/**
 * Draft → request for APSIS Pro: path parameters into the URL shape, query parameters, the JSON body,
 * against the region's host or the profile's base URL (with any key in it moved out; main adds Basic auth).
 */
import type { BodySpec, HttpRequestSpec } from '../../http/types';
import type { ParamSpec } from '../catalog';
import {
  strictBuild,
  type BuildOptions,
  type ProfileContext,
  type ProviderDraft,
  type RequestBuildResult,
} from '../types';
import { asText, checkParams, isBlank, paramVerdict, type ParamProblem } from '../param-check';
import { joinUrl } from '../../request/url';
import { apsisBaseUrl, splitKeyFromUrl } from './base-url';
import { apsisRequiredBodyFields } from './catalog-bodies';
import { apsisEndpoint } from './catalog';
import { errorMessage } from '../../values';
import { hasHeader } from '../../http/headers';

function withDefaults(specs: readonly ParamSpec[], values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...values };
  for (const spec of specs)
    if (isBlank(merged[spec.name]) && spec.default !== undefined) merged[spec.name] = spec.default;
  return merged;
}

/** The body as JSON text, or a problem naming what is wrong with it. */
function bodyText(value: unknown, spec: ParamSpec | undefined): { text: string } | ParamProblem {
  if (typeof value !== 'string') return { text: JSON.stringify(value) };
  try {
    const parsed: unknown = JSON.parse(value);
    if (spec?.type === 'array' && !Array.isArray(parsed))
      return { param: 'body', message: 'body must be a JSON array, e.g. [1, 2]' };
    if (spec?.type === 'object' && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)))
      return { param: 'body', message: 'body must be a JSON object, e.g. {"Name": "…"}' };
    return { text: value };
  } catch (error) {
    // A bare string body (an email address, an external id) is sent as the JSON string it stands for.
    if (spec?.type === 'string') return { text: JSON.stringify(value) };
    return {
      param: 'body',
      message: `body is not valid JSON: ${errorMessage(error)}`,
    };
  }
}

function missingBodyFields(endpointId: string, text: string): ParamProblem[] {
  const required = apsisRequiredBodyFields[endpointId] ?? [];
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  const record = parsed as Record<string, unknown>;
  return required
    .filter((field) => isBlank(record[field]))
    .map((field) => ({ param: 'body', message: `body.${field} is required (field names are case sensitive)` }));
}

export function buildApsisRequest(
  draft: ProviderDraft,
  profile: ProfileContext,
  options: BuildOptions = strictBuild,
): RequestBuildResult {
  const endpoint = apsisEndpoint(draft.endpointId);
  if (draft.endpointId && !endpoint)
    return { ok: false, errors: [{ message: `Unknown APSIS call ${draft.endpointId}` }] };
  const specs = endpoint?.params ?? [];
  const values = withDefaults(specs, draft.params);
  const checked = paramVerdict(checkParams(specs, values), options.lenient);
  const errors: ParamProblem[] = checked.errors;
  const warnings: string[] = [...checked.warnings];

  let body: BodySpec = { kind: 'none' };
  const bodySpec = specs.find((spec) => spec.in === 'body');
  if (!isBlank(values.body)) {
    const result = bodyText(values.body, bodySpec);
    if ('text' in result) {
      body = { kind: 'json', text: result.text };
      if (endpoint) {
        const missing = paramVerdict(missingBodyFields(endpoint.id, result.text), options.lenient);
        errors.push(...missing.errors);
        warnings.push(...missing.warnings);
      }
    } else errors.push(result);
  }

  const target = apsisBaseUrl(profile.fields.region, profile.baseUrl);
  if (target.movedKey)
    warnings.push(
      'The base URL carried the API key (key:@host): Parley sends it in the Authorization header instead, never in the URL.',
    );
  if (target.ignoredBaseUrl)
    warnings.push(
      `The profile's region decides the host (${target.baseUrl}); its base URL is used only with region Custom.`,
    );
  const rawPath = draft.path ?? endpoint?.path ?? '';
  if (isBlank(rawPath)) errors.push({ message: 'A custom call needs a path, e.g. /v1/filter/all' });
  const path = splitKeyFromUrl(rawPath);
  if (path.key)
    warnings.push(
      "The URL carried an API key (key:@host): it was removed; the profile's key goes in the Authorization header.",
    );
  const absolute = /^https?:\/\//i.test(path.url);
  if (!absolute && isBlank(target.baseUrl))
    errors.push({ message: 'No host: choose a region (Europe or Asia-Pacific) or enter a base URL in the profile' });

  const pathNames = new Set(specs.filter((spec) => spec.in === 'path').map((spec) => spec.name));
  const filled = path.url.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (isBlank(values[name])) {
      if (!pathNames.has(name)) {
        const missing = { param: name, message: `${name} is required: the path has a {${name}} placeholder` };
        if (options.lenient) warnings.push(...paramVerdict([missing], true).warnings);
        else errors.push(missing);
      }
      return whole;
    }
    return encodeURIComponent(asText(values[name]));
  });
  if (errors.length > 0) return { ok: false, errors };

  const url = new URL(joinUrl(target.baseUrl, filled));
  const querySpecs = endpoint
    ? specs.filter((spec) => spec.in === 'query').map((spec) => spec.name)
    : Object.keys(values).filter((name) => name !== 'body' && !path.url.includes(`{${name}}`));
  for (const name of querySpecs) if (!isBlank(values[name])) url.searchParams.append(name, asText(values[name]));
  const method: HttpRequestSpec['method'] = draft.method ?? endpoint?.method ?? (body.kind === 'none' ? 'GET' : 'POST');
  // Accept decides JSON or XML on APSIS's side: the draft's own Accept replaces the JSON default.
  const extra = draft.headers ?? [];
  const ownAccept = hasHeader(extra, 'accept');
  const headers: HttpRequestSpec['headers'] = [
    ...(ownAccept ? [] : [['Accept', 'application/json'] as [string, string]]),
    ...extra,
  ];
  return { ok: true, request: { method, url: url.toString(), headers, body }, warnings };
}
