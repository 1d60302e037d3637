/**
 * Draft → request for AllProWebTools: parameters as a urlencoded form (default), a multipart form or a URL
 * query, and a mark telling main which credential level to apply.
 */
import type { BodySpec, HttpRequestSpec } from '../../http/types';
import {
  strictBuild,
  type BuildOptions,
  type ProfileContext,
  type ProviderDraft,
  type RequestBuildResult,
} from '../types';
import { apwtCatalog } from './catalog';
import { apwtAuthLevelHeader, apwtAuthLevels, type ApwtAuthLevel } from './credentials';
import { asText, checkParams, isBlank, paramVerdict } from '../param-check';
import { joinUrl } from '../../request/url';

export const apwtEncodings = ['urlencoded', 'multipart', 'query'] as const;
export type ApwtEncoding = (typeof apwtEncodings)[number];

function bodyFor(encoding: ApwtEncoding, fields: { name: string; value: string }[]): BodySpec {
  if (encoding === 'multipart') return { kind: 'multipart', parts: fields };
  if (encoding === 'urlencoded') return { kind: 'form', fields };
  return { kind: 'none' };
}

export function buildApwtRequest(
  draft: ProviderDraft,
  profile: ProfileContext,
  options: BuildOptions = strictBuild,
): RequestBuildResult {
  const endpoint = draft.endpointId ? apwtCatalog.find((entry) => entry.id === draft.endpointId) : undefined;
  if (draft.endpointId && !endpoint)
    return { ok: false, errors: [{ message: `Unknown AllProWebTools call ${draft.endpointId}` }] };
  const checked = paramVerdict(endpoint ? checkParams(endpoint.params, draft.params) : [], options.lenient);
  const errors = checked.errors;
  const path = draft.path ?? endpoint?.path ?? '';
  if (isBlank(path)) errors.push({ message: 'A custom call needs a path (e.g. signupboxes-list.php)' });
  if (isBlank(profile.baseUrl) && !/^https?:\/\//i.test(path))
    errors.push({ message: "The profile has no base URL: enter your account's API address" });

  // The draft's choice wins over the profile's default; the docs' examples use both form encodings.
  const encoding = (draft.options?.encoding ?? (profile.fields.encoding || 'urlencoded')) as ApwtEncoding;
  if (!apwtEncodings.includes(encoding))
    errors.push({ message: `encoding must be one of ${apwtEncodings.join(', ')}` });
  const level = (draft.options?.authLevel ?? endpoint?.auth ?? 'any') as ApwtAuthLevel;
  if (!apwtAuthLevels.includes(level))
    errors.push({ message: `authLevel must be one of ${apwtAuthLevels.join(', ')}` });
  if (errors.length > 0) return { ok: false, errors };

  const fields = Object.entries(draft.params)
    .filter(([, value]) => !isBlank(value))
    .map(([name, value]) => ({ name, value: asText(value) }));
  let url = joinUrl(profile.baseUrl, path);
  if (encoding === 'query') {
    const withQuery = new URL(url);
    for (const field of fields) withQuery.searchParams.append(field.name, field.value);
    url = withQuery.toString();
  }
  const method: HttpRequestSpec['method'] = draft.method ?? (encoding === 'query' ? 'GET' : 'POST');
  const headers: HttpRequestSpec['headers'] = [
    ['Accept', 'application/json'],
    [apwtAuthLevelHeader, level],
    ...(draft.headers ?? []),
  ];
  return { ok: true, request: { method, url, headers, body: bodyFor(encoding, fields) }, warnings: checked.warnings };
}
