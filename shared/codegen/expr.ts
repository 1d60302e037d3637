/** Building and simplifying expressions, and the passes every target shares. */
import type { CodeBody, CodeProgram, CodeRequest, EnvVar, Expr } from './program';

export const text = (value: string): Expr => ({ kind: 'text', text: value });
export const env = (name: string): Expr => ({ kind: 'env', name });
export const md5 = (of: Expr): Expr => ({ kind: 'md5', of });
export const step = (name: string): Expr => ({ kind: 'step', name });

/** Joins parts, merging adjacent texts and dropping empty ones. */
export function concat(...parts: readonly Expr[]): Expr {
  const flat: Expr[] = [];
  for (const part of parts.flatMap((p) => (p.kind === 'concat' ? p.parts : [p]))) {
    const last = flat[flat.length - 1];
    if (part.kind === 'text' && part.text === '') continue;
    if (part.kind === 'text' && last?.kind === 'text') flat[flat.length - 1] = text(last.text + part.text);
    else flat.push(part);
  }
  if (flat.length === 0) return text('');
  return flat.length === 1 ? flat[0]! : { kind: 'concat', parts: flat };
}

/** The parts of an expression as a list (a single part for anything but concat). */
export const partsOf = (expr: Expr): readonly Expr[] => (expr.kind === 'concat' ? expr.parts : [expr]);

export const isLiteral = (expr: Expr): expr is { kind: 'text'; text: string } => expr.kind === 'text';

/** The expression's text when it holds no variable part. */
export const literalOf = (expr: Expr): string | null => (expr.kind === 'text' ? expr.text : null);

/**
 * Markers standing for secret-derived values inside plain strings, so a request can travel through the
 * provider's own builder and auth logic untouched and become expressions afterwards. Control characters
 * no real value contains; the kind and name survive percent-encoding apart from the marker itself.
 */
const MARK = '\u0001';
type MarkKind = 'env' | 'md5' | 'step';
export const mark = (kind: MarkKind, name: string): string => `${MARK}${kind}.${name}${MARK}`;

function markExpr(inner: string, inUrl: boolean): Expr {
  const dot = inner.indexOf('.');
  const kind = inner.slice(0, dot);
  const name = inner.slice(dot + 1);
  if (kind === 'md5') return md5(env(name)); // hex: nothing to encode
  const value = kind === 'step' ? step(name) : env(name);
  return inUrl ? { kind: 'urlencode', of: value } : value;
}

/** A built string → an expression: every marker becomes what it stands for. */
export function fromMarked(value: string): Expr {
  if (!value.includes(MARK)) return text(value);
  return concat(...value.split(MARK).map((piece, index) => (index % 2 === 1 ? markExpr(piece, false) : text(piece))));
}

/** A built URL → an expression; markers that went through percent-encoding are encoded by the snippet. */
export function fromMarkedUrl(url: string): Expr {
  const pieces = url.replaceAll('%01', MARK).split(MARK);
  if (pieces.length === 1) return text(url);
  return concat(...pieces.map((piece, index) => (index % 2 === 1 ? markExpr(piece, true) : text(piece))));
}

function mapExpr(expr: Expr, f: (e: Expr) => Expr): Expr {
  switch (expr.kind) {
    case 'md5':
    case 'urlencode':
      return f({ ...expr, of: mapExpr(expr.of, f) });
    case 'concat':
      return f(concat(...expr.parts.map((part) => mapExpr(part, f))));
    default:
      return f(expr);
  }
}

function mapBody(body: CodeBody, f: (e: Expr) => Expr): CodeBody {
  switch (body.kind) {
    case 'raw':
      return { kind: 'raw', text: mapExpr(body.text, f) };
    case 'form':
      return { kind: 'form', fields: body.fields.map((field) => ({ ...field, value: mapExpr(field.value, f) })) };
    case 'multipart':
      return {
        kind: 'multipart',
        parts: body.parts.map((part) => ('value' in part ? { ...part, value: mapExpr(part.value, f) } : part)),
      };
    default:
      return body;
  }
}

export function mapRequest(request: CodeRequest, f: (e: Expr) => Expr): CodeRequest {
  return {
    ...request,
    url: mapExpr(request.url, f),
    headers: request.headers.map(([name, value]) => [name, mapExpr(value, f)] as const),
    body: mapBody(request.body, f),
    ...(request.basicAuth
      ? { basicAuth: { user: mapExpr(request.basicAuth.user, f), password: mapExpr(request.basicAuth.password, f) } }
      : {}),
  };
}

export function mapProgram(program: CodeProgram, f: (e: Expr) => Expr): CodeProgram {
  return {
    ...program,
    steps: program.steps.map((s) => ({ ...s, request: mapRequest(s.request, f) })),
    request: mapRequest(program.request, f),
  };
}

/**
 * For languages that cannot compute a value (MD5 in a browser, either in cmd): md5(env X) becomes a
 * variable X_MD5 the user sets to the hash (listed with the others), so the snippet still holds no secret.
 */
export function precomputed(program: CodeProgram, kinds: ReadonlySet<'md5' | 'urlencode'>): CodeProgram {
  const added: EnvVar[] = [];
  const describe = { md5: 'the lowercase hex MD5 of', urlencode: 'the form-encoded value of' } as const;
  const lowered = mapProgram(program, (expr) => {
    if ((expr.kind !== 'md5' && expr.kind !== 'urlencode') || !kinds.has(expr.kind)) return expr;
    if (expr.of.kind !== 'env') throw new Error(`This target cannot compute ${expr.kind} of a computed value.`);
    const name = `${expr.of.name}_${expr.kind === 'md5' ? 'MD5' : 'URLENCODED'}`;
    if (!added.some((v) => v.name === name))
      added.push({ name, description: `${describe[expr.kind]} ${expr.of.name}` });
    return env(name);
  });
  const used = new Set(envNames(lowered));
  return { ...lowered, env: [...program.env, ...added].filter((v) => used.has(v.name)) };
}

/** Replaces every environment variable by its value: the "include real secrets" snippet. */
export function withValues(
  program: CodeProgram,
  values: Readonly<Record<string, string>>,
  hashMd5: (value: string) => string,
): CodeProgram {
  const resolved = mapProgram(program, (expr) => {
    if (expr.kind === 'env' && values[expr.name] !== undefined) return text(values[expr.name]!);
    if (expr.kind === 'md5' && expr.of.kind === 'text') return text(hashMd5(expr.of.text));
    if (expr.kind === 'urlencode' && expr.of.kind === 'text') return text(encodeURIComponent(expr.of.text));
    return expr;
  });
  return { ...resolved, env: program.env.filter((v) => values[v.name] === undefined) };
}

/** Every environment variable an expression reads. */
export function envNames(program: CodeProgram): string[] {
  const names = new Set<string>();
  mapProgram(program, (expr) => {
    if (expr.kind === 'env') names.add(expr.name);
    return expr;
  });
  return [...names];
}

/** Which query-string and form encodings a value needs: URLSearchParams', exactly as Parley sends forms. */
export const formEncode = (value: string): string => new URLSearchParams([['', value]]).toString().slice(1);

/** Whether any expression of the program (steps included) uses an expression of this kind. */
export function programUses(program: CodeProgram, kind: Expr['kind']): boolean {
  let found = false;
  mapProgram(program, (expr) => {
    if (expr.kind === kind) found = true;
    return expr;
  });
  return found;
}

/**
 * A form body as one expression with Parley's exact encoding: literal pairs encoded here, values read at
 * run time encoded by the snippet (`urlencode`). For languages whose form helpers reorder or re-encode.
 */
export function formBodyExpr(fields: readonly { readonly name: string; readonly value: Expr }[]): Expr {
  return concat(
    ...fields.flatMap((field, index) => {
      const value = literalOf(field.value);
      const head = text(`${index > 0 ? '&' : ''}${formEncode(field.name)}=`);
      return value !== null ? [head, text(formEncode(value))] : [head, { kind: 'urlencode' as const, of: field.value }];
    }),
  );
}
