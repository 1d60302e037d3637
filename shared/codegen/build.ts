/**
 * A built request (secrets as markers) → the program every target renders: the headers Parley's engine
 * adds for a body written out, and the provider's auth as code.
 */
import type { BodySpec, HeaderList, HttpRequestSpec } from '../http/types';
import { fromMarked, fromMarkedUrl, mark } from './expr';
import type { CodeBody, CodeProgram, CodeRequest, EnvVar } from './program';
import type { CodegenAuthContext, ProviderCodegen } from './providers/types';

const hasHeader = (headers: HeaderList, name: string) =>
  headers.some(([key]) => key.toLowerCase() === name.toLowerCase());

const baseName = (filePath: string) => filePath.split(/[\\/]/).pop() ?? filePath;

/** The Content-Type Parley's engine sends when the request has none (electron/http/request-body.ts). */
function defaultContentType(body: BodySpec): string | null {
  switch (body.kind) {
    case 'json':
      return 'application/json';
    case 'text':
      return body.contentType ?? 'text/plain; charset=utf-8';
    case 'form':
      return 'application/x-www-form-urlencoded';
    case 'file':
      return body.contentType ?? 'application/octet-stream';
    default:
      return null;
  }
}

function codeBody(body: BodySpec): CodeBody {
  switch (body.kind) {
    case 'none':
      return body;
    case 'json':
    case 'text':
      return { kind: 'raw', text: fromMarked(body.text) };
    case 'form':
      return { kind: 'form', fields: body.fields.map((f) => ({ name: f.name, value: fromMarked(f.value) })) };
    case 'multipart':
      return {
        kind: 'multipart',
        parts: body.parts.map((part) =>
          'value' in part
            ? { name: part.name, value: fromMarked(part.value) }
            : {
                name: part.name,
                filePath: part.filePath,
                fileName: part.fileName ?? baseName(part.filePath),
                contentType: part.contentType ?? 'application/octet-stream',
              },
        ),
      };
    case 'file':
      return { kind: 'file', path: body.path };
  }
}

export function codeRequest(
  request: HttpRequestSpec,
  extras: { basicAuth?: { user: string; password: string }; insecure?: boolean } = {},
): CodeRequest {
  const contentType = defaultContentType(request.body);
  const headers: HeaderList =
    contentType && !hasHeader(request.headers, 'content-type')
      ? [...request.headers, ['Content-Type', contentType]]
      : request.headers;
  return {
    method: request.method,
    url: fromMarkedUrl(request.url),
    headers: headers.map(([name, value]) => [name, fromMarked(value)] as const),
    body: codeBody(request.body),
    ...(extras.basicAuth
      ? { basicAuth: { user: fromMarked(extras.basicAuth.user), password: fromMarked(extras.basicAuth.password) } }
      : {}),
    ...(extras.insecure ? { insecure: true } : {}),
  };
}

export interface ProgramInput {
  /** The request as Parley builds it, with every secret replaced by `secretMarker(key)`. */
  readonly request: HttpRequestSpec;
  readonly insecure: boolean;
  /** Absent for Plain HTTP: its secrets are profile variables already marked in the request. */
  readonly provider?: {
    readonly codegen: ProviderCodegen;
    readonly context: Omit<CodegenAuthContext, 'secret' | 'secretMd5'>;
  };
  /** Environment variables for secrets the request already holds as markers (profile variables). */
  readonly variables?: readonly EnvVar[];
}

/** The marker for an environment variable (what a secret {{variable}} resolves to while generating code). */
export const envMarker = (name: string): string => mark('env', name);

export function buildProgram(input: ProgramInput): CodeProgram {
  const env: EnvVar[] = [...(input.variables ?? [])];
  if (!input.provider) return { env, steps: [], request: codeRequest(input.request, { insecure: input.insecure }) };
  const { codegen, context } = input.provider;
  const used = new Set<string>();
  const secret = (key: string): string => {
    const variable = codegen.secretEnv[key];
    if (!variable) throw new Error(`No environment variable is defined for the secret "${key}".`);
    used.add(key);
    return mark('env', variable.name);
  };
  const secretMd5 = (key: string): string => {
    secret(key);
    return mark('md5', codegen.secretEnv[key]!.name);
  };
  const auth = codegen.authAsCode(input.request, { ...context, secret, secretMd5 });
  for (const key of used) env.push(codegen.secretEnv[key]!);
  return {
    env: env.filter((v, i) => env.findIndex((w) => w.name === v.name) === i),
    steps: (auth.steps ?? []).map((s) => ({
      name: s.name,
      comment: s.comment,
      jsonField: s.jsonField,
      request: codeRequest(s.request, { insecure: input.insecure }),
    })),
    request: codeRequest(auth.request, {
      insecure: input.insecure,
      ...(auth.basicAuth ? { basicAuth: auth.basicAuth } : {}),
    }),
  };
}
