/**
 * A call read from any format → a saved request: a provider's request when a provider recognises it
 * (its credentials then belong in a profile), a Plain HTTP request otherwise, with every credential found
 * (auth helpers, credential headers and query values, secret-looking form fields) turned into a variable.
 */
import type { KeyValueRow } from '../request/draft';
import { credentialSecretPart, isClearCredential, isCredentialName } from '../request/credentials';
import type { PlainAuth } from '../request/plain-auth';
import { VARIABLE_PATTERN } from '../request/variables';
import type { HttpCall } from './http-call';
import { providerDefinition } from '../providers/registry';
import { recogniseProvider } from './providers';
import { originOf } from '../request/url';
import type { SecretCollector } from './secrets';
import type { ProviderProfileFound, ReportItem, StoredDraft } from './types';

export interface ConversionContext {
  readonly secrets: SecretCollector;
  readonly report: ReportItem[];
  /** Off for imports whose requests share a base URL variable (OpenAPI): they stay Plain HTTP. */
  readonly recogniseProviders: boolean;
  /** Collects the provider profiles recognised requests need (one per provider and base URL). */
  readonly profiles?: ProviderProfileFound[];
}

function addProfile(profiles: ProviderProfileFound[], found: ProviderProfileFound) {
  const at = profiles.findIndex((p) => p.provider === found.provider && p.baseUrl === found.baseUrl);
  const known = profiles[at];
  if (!known) {
    profiles.push(found);
    return;
  }
  profiles[at] = {
    ...known,
    fields: { ...found.fields, ...known.fields },
    secrets: { ...found.secrets, ...known.secrets },
    requests: [...known.requests, ...found.requests],
  };
}

const isReference = (value: string) => value.replace(VARIABLE_PATTERN, '').trim() === '';

function plainAuth(
  call: HttpCall,
  name: string,
  context: ConversionContext,
  origin: string | null,
): PlainAuth | undefined {
  const secret = (value: string, wanted: string, source: string) =>
    value === '' || isReference(value)
      ? value
      : context.secrets.reference(value, wanted, `${source} of "${name}"`, origin);
  if (call.basic) {
    // `-u key:` sends the key as the user name: then the user name is the secret.
    const userIsKey = call.basic.password === '';
    return {
      kind: 'basic',
      username: userIsKey ? secret(call.basic.user, 'basic_user', 'Basic user') : call.basic.user,
      password: secret(call.basic.password, 'basic_password', 'Basic password'),
    };
  }
  const auth = call.auth;
  if (!auth) return undefined;
  switch (auth.kind) {
    case 'bearer':
      return { ...auth, token: secret(auth.token, 'bearer_token', 'Bearer token') };
    case 'basic':
      return { ...auth, password: secret(auth.password, 'basic_password', 'Basic password') };
    case 'apiKey':
      return { ...auth, value: secret(auth.value, auth.name, 'API key') };
    case 'oauth2':
      return {
        ...auth,
        clientSecret: secret(auth.clientSecret, 'client_secret', 'OAuth2 client secret'),
        password: secret(auth.password, 'oauth_password', 'OAuth2 password'),
      };
    default:
      return auth;
  }
}

/** The URL with credential query values replaced by references (the rest byte for byte). */
function urlWithoutCredentials(url: string, name: string, context: ConversionContext, origin: string | null): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const hashAt = url.indexOf('#', at);
  const query = url.slice(at + 1, hashAt < 0 ? undefined : hashAt);
  const pieces = query.split('&').map((piece) => {
    const eq = piece.indexOf('=');
    if (eq < 0) return piece;
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(piece.slice(0, eq).replace(/\+/g, ' '));
      value = decodeURIComponent(piece.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      return piece;
    }
    if (!isClearCredential(key, value)) return piece;
    return `${piece.slice(0, eq)}=${context.secrets.reference(value, key, `query "${key}" of "${name}"`, origin)}`;
  });
  return `${url.slice(0, at)}?${pieces.join('&')}${hashAt < 0 ? '' : url.slice(hashAt)}`;
}

export function callToDraft(call: HttpCall, name: string, context: ConversionContext): StoredDraft {
  const origin = originOf(call.url);
  const recognised = context.recogniseProviders ? recogniseProvider(call) : null;
  if (recognised) {
    const { id, match } = recognised;
    const secrets: Record<string, string> = {};
    for (const secret of match.secrets)
      secrets[secret.field] = context.secrets.nameFor(secret.value, `${id}_${secret.field}`, `"${name}"`, origin, {
        provider: id,
        field: secret.field,
      });
    if (context.profiles)
      addProfile(context.profiles, {
        provider: id,
        baseUrl: match.baseUrl,
        fields: match.fields,
        secrets,
        requests: [name],
      });
    const fields = Object.entries(match.fields).map(([k, v]) => `${k} "${v}"`);
    context.report.push(
      {
        item: name,
        message: `Recognised as ${providerDefinition(id).name}${match.provider.endpointId ? ` (${match.provider.endpointId})` : ''}: pick or create a profile of it with base URL ${match.baseUrl}${fields.length ? ` and ${fields.join(', ')}` : ''}.`,
      },
      ...match.notes.map((message) => ({ item: name, message })),
    );
    return {
      sandbox: id,
      method: call.method,
      url: '',
      query: [],
      headers: [],
      body: { kind: 'none' },
      provider: match.provider,
      transport: {},
    };
  }

  const headers: KeyValueRow[] = call.headers.map(([header, value]) => {
    if (!isClearCredential(header, value)) return { name: header, value, enabled: true };
    const secretPart = credentialSecretPart(value);
    const reference = context.secrets.reference(secretPart, header, `${header} header of "${name}"`, origin);
    return { name: header, value: value.replace(secretPart, reference), enabled: true };
  });
  let body = call.body;
  if (body.kind === 'form' || body.kind === 'multipart') {
    const scrub = <T extends { name: string; value: string }>(field: T): T =>
      isCredentialName(field.name) && field.value !== '' && !isReference(field.value)
        ? {
            ...field,
            value: context.secrets.reference(
              field.value,
              field.name,
              `form field "${field.name}" of "${name}"`,
              origin,
            ),
          }
        : field;
    body =
      body.kind === 'form'
        ? { kind: 'form', fields: body.fields.map(scrub) }
        : { kind: 'multipart', parts: body.parts.map((part) => ('value' in part ? scrub(part) : part)) };
  }
  const auth = plainAuth(call, name, context, origin);
  if (call.insecure)
    context.report.push({
      item: name,
      message: 'TLS verification off (-k) is not kept: it is a profile setting in Parley.',
    });
  const transport = {
    ...(call.followRedirects !== undefined ? { followRedirects: call.followRedirects } : {}),
    ...(call.maxRedirects !== undefined ? { maxRedirects: call.maxRedirects } : {}),
    ...(call.totalTimeoutMs !== undefined ? { totalTimeoutMs: call.totalTimeoutMs } : {}),
    ...(call.connectTimeoutMs !== undefined ? { connectTimeoutMs: call.connectTimeoutMs } : {}),
  };
  return {
    sandbox: 'http',
    method: call.method,
    url: urlWithoutCredentials(call.url, name, context, origin),
    query: [],
    headers,
    body,
    provider: null,
    transport,
    ...(auth ? { auth } : {}),
  };
}
