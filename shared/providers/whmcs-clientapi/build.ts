/**
 * Draft → request for the Client API: the fixed fields (m, apimodule, apifunction) plus the function's
 * parameters, as a POST form (recommended) or a GET query. The apikey is added in main.
 */
import type { HttpRequestSpec } from '../../http/types';
import {
  strictBuild,
  type BuildOptions,
  type ProfileContext,
  type ProviderDraft,
  type RequestBuildResult,
} from '../types';
import { asText, checkParams, isBlank, paramVerdict } from '../param-check';
import { joinUrl } from '../../request/url';
import { moduleAndFunction, whmcsClientApiCatalog } from './catalog';

const fixedFields = new Set(['m', 'apikey', 'apimodule', 'apifunction']);

export function buildWhmcsClientApiRequest(
  draft: ProviderDraft,
  profile: ProfileContext,
  options: BuildOptions = strictBuild,
): RequestBuildResult {
  const endpoint = draft.endpointId ? whmcsClientApiCatalog.find((entry) => entry.id === draft.endpointId) : undefined;
  if (draft.endpointId && !endpoint)
    return { ok: false, errors: [{ message: `Unknown Client API call ${draft.endpointId}` }] };
  if (isBlank(profile.baseUrl))
    return { ok: false, errors: [{ message: 'The profile has no base URL (e.g. https://customer.ndchost.com)' }] };

  // A custom call names its module and function as parameters.
  const target = endpoint
    ? moduleAndFunction(endpoint.id)
    : { apimodule: asText(draft.params.apimodule ?? ''), apifunction: asText(draft.params.apifunction ?? '') };
  const checked = paramVerdict(endpoint ? checkParams(endpoint.params, draft.params) : [], options.lenient);
  const errors = checked.errors;
  if (!target.apimodule)
    errors.push({ param: 'apimodule', message: 'apimodule is required: the API module to use (e.g. client)' });
  if (!target.apifunction)
    errors.push({
      param: 'apifunction',
      message: 'apifunction is required: the function of the module to run (e.g. getdetails)',
    });
  if (errors.length > 0) return { ok: false, errors };

  const fields = [
    { name: 'm', value: 'clientapi' },
    { name: 'apimodule', value: target.apimodule },
    { name: 'apifunction', value: target.apifunction },
    ...Object.entries(draft.params)
      .filter(([name, value]) => !fixedFields.has(name) && !isBlank(value))
      .map(([name, value]) => ({ name, value: asText(value) })),
  ];
  const warnings: string[] = [...checked.warnings];
  const useGet = draft.method === 'GET' || draft.options?.transport === 'get';
  if (useGet)
    warnings.push(
      'Sent as GET: the parameters (and the apikey) travel in the URL, where proxies and logs may keep them. The API recommends POST.',
    );
  const url = joinUrl(profile.baseUrl, draft.path ?? endpoint?.path ?? 'index.php');
  const headers: HttpRequestSpec['headers'] = [['Accept', 'application/json'], ...(draft.headers ?? [])];
  if (useGet) {
    const withQuery = new URL(url);
    for (const field of fields) withQuery.searchParams.append(field.name, field.value);
    return {
      ok: true,
      request: { method: 'GET', url: withQuery.toString(), headers, body: { kind: 'none' } },
      warnings,
    };
  }
  return { ok: true, request: { method: 'POST', url, headers, body: { kind: 'form', fields } }, warnings };
}
