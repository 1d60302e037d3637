/**
 * What a hostile renderer sends: wrong types, huge strings, deep nesting, `__proto__` keys and path
 * strings (absolute, relative, home, Windows, URL-shaped) aimed at a folder outside the data folder.
 */
import fc from 'fast-check';

/** A structure nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Objects whose own keys are `__proto__`/`constructor` (JSON.parse makes them own properties). */
const pollution = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  JSON.parse('{"__proto__":{"isAdmin":true},"id":"x"}') as unknown,
];

export function pathStrings(outside: string): string[] {
  return [
    outside,
    `${outside}/victim.txt`,
    `${outside}/new-file.yaml`,
    `${outside}/../`,
    '../outside/victim.txt',
    '../../../../../../etc/passwd',
    '/etc/passwd',
    '/etc/shadow',
    '~/.ssh/id_rsa',
    'C:\\Windows\\System32\\drivers\\etc\\hosts',
    '\\\\?\\C:\\secret.txt',
    'file:///etc/passwd',
    `file://${outside}/victim.txt`,
    '/dev/zero',
    '/proc/self/environ',
    'victim.txt\u0000.yaml',
    '.',
    '',
  ];
}

const HUGE = 'x'.repeat(2 * 1024 * 1024);
/** Built once: nesting as deep as 100,000 levels, as arrays and as objects. */
const DEEP = [1_000, 100_000].flatMap((depth) => [deeplyNested(depth, true), deeplyNested(depth, false)]);
const LONG = 'é'.repeat(70_000);

export function hostileStrings(outside: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...pathStrings(outside)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        HUGE,
        LONG,
        '__proto__',
        'constructor',
        '{{token}}',
        '{{__proto__}}',
        'javascript:alert(1)',
        '<img src=x onerror=alert(1)>',
        'http://127.0.0.1:1/',
        'mock://../../etc',
        '\r\nX-Injected: 1',
        '\uD800',
        'NaN',
      ),
    },
  );
}

/** Any value at all, biased towards what breaks parsers and handlers. */
export function hostileValues(outside: string): fc.Arbitrary<unknown> {
  const strings = hostileStrings(outside);
  const keys = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id'));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      strings,
      fc.oneof(fc.integer(), fc.double(), fc.bigInt().map(String), fc.constantFrom(-1, 0, 2 ** 53, 1e308, -0)),
      fc.constantFrom(null, undefined, true, false, Number.NaN, Number.POSITIVE_INFINITY),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
      fc.constantFrom(...pollution),
      fc.constantFrom(...DEEP),
    ),
  }));
  return value;
}

type Path = readonly (string | number)[];

/** Every position in a sample where a value can be replaced. */
export function positionsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([key, item]) => positionsOf(item, [...at, key]))];
}

/** A deep copy of `sample` with `replacement` at `at` (the root when `at` is empty). */
export function replaceAt(sample: unknown, at: Path, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  const copy = (Array.isArray(sample) ? [...(sample as unknown[])] : { ...(sample as object) }) as Record<
    string | number,
    unknown
  >;
  Object.defineProperty(copy, head as string | number, {
    value: replaceAt(copy[head as string | number], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A sample with one hostile replacement, or one extra (possibly `__proto__`) key; or pure noise. */
export function inputsFor(sample: unknown, outside: string): fc.Arbitrary<unknown> {
  const values = hostileValues(outside);
  const positions = positionsOf(sample);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(fc.constantFrom(...positions), values).map(([at, v]) => replaceAt(sample, at, v)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'extra'), values)
        .map(([key, v]) => replaceAt(sample, [key], v)),
    },
    { weight: 2, arbitrary: values },
    { weight: 1, arbitrary: fc.constant(sample) },
  );
}
