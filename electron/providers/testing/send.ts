/**
 * For provider contract tests: build a request from a draft, apply the profile's credentials and send it
 * to the provider's mock, then interpret the answer — the same steps the pipeline takes.
 */
import type { ProfileView } from '../../../shared/profiles/schema';
import type { Interpretation, ProviderDefinition, ProviderDraft } from '../../../shared/providers/types';
import type { HttpRequestSpec } from '../../../shared/http/types';
import { systemClock } from '../../deps';
import type { PlainResponse, ProviderAuth } from '../types';

export async function sendPlain(spec: HttpRequestSpec): Promise<PlainResponse> {
  const body = (() => {
    switch (spec.body.kind) {
      case 'none':
        return undefined;
      case 'json':
      case 'text':
        return spec.body.text;
      case 'form':
        return new URLSearchParams(spec.body.fields.map((f) => [f.name, f.value])).toString();
      case 'multipart': {
        // Text parts only: fetch writes the multipart/form-data content type with its boundary.
        const form = new FormData();
        for (const part of spec.body.parts) {
          if (!('value' in part)) throw new Error('sendPlain sends multipart text fields only, not files');
          form.append(part.name, part.value);
        }
        return form;
      }
      default:
        throw new Error(`sendPlain does not send ${spec.body.kind} bodies`);
    }
  })();
  const headers = new Headers();
  for (const [name, value] of spec.headers) headers.append(name, value);
  if (spec.body.kind === 'form' && !headers.has('content-type'))
    headers.set('content-type', 'application/x-www-form-urlencoded');
  if (spec.body.kind === 'json' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const response = await fetch(spec.url, { method: spec.method, headers, body, redirect: 'manual' });
  return { status: response.status, headers: [...response.headers], bodyText: await response.text() };
}

export function testProfile(
  providerId: ProfileView['providerId'],
  baseUrl: string,
  fields: Record<string, string>,
  secretNames: readonly string[],
): ProfileView {
  const now = new Date(0).toISOString();
  return {
    id: `test-${providerId}`,
    providerId,
    name: 'Test',
    baseUrl,
    environment: 'test',
    fields,
    secrets: Object.fromEntries(secretNames.map((name) => [name, { set: true, masked: '••••' }])),
    variables: [],
    notes: '',
    tlsVerify: true,
    order: 0,
    createdAt: now,
    updatedAt: now,
  };
}

export interface Exchange {
  readonly request: HttpRequestSpec;
  readonly response: PlainResponse;
  readonly interpretation: Interpretation;
}

/** Draft → build → auth → send → (retry once if auth asks) → interpret. */
export async function exchange(
  definition: ProviderDefinition,
  auth: ProviderAuth,
  profile: ProfileView,
  secrets: Record<string, string>,
  draft: ProviderDraft,
): Promise<Exchange> {
  const built = definition.buildRequest(draft, { baseUrl: profile.baseUrl, fields: profile.fields });
  if (!built.ok) throw new Error(`Draft does not build: ${built.errors.map((e) => e.message).join('; ')}`);
  const context = { profile, secrets, preview: false, send: sendPlain, clock: systemClock };
  let applied = await auth.apply(built.request, context);
  let response = await sendPlain(applied.request);
  if (auth.afterResponse && (await auth.afterResponse(response, context)) === 'retry') {
    applied = await auth.apply(built.request, context);
    response = await sendPlain(applied.request);
  }
  const contentType = response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const interpretation = definition.interpret({
    status: response.status,
    headers: response.headers,
    contentType,
    bodyText: response.bodyText,
    draft,
  });
  return { request: applied.request, response, interpretation };
}
