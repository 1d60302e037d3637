/**
 * The cURL options an import understands, by long name, with their short forms. Options not listed are
 * reported as not carried over (with whether they take a value, so the next word is not read as the URL).
 */
export type CurlOption =
  | 'request'
  | 'url'
  | 'header'
  | 'data'
  | 'data-raw'
  | 'data-binary'
  | 'data-urlencode'
  | 'json'
  | 'form'
  | 'form-string'
  | 'user'
  | 'insecure'
  | 'compressed'
  | 'get'
  | 'head'
  | 'cookie'
  | 'user-agent'
  | 'referer'
  | 'location'
  | 'max-redirs'
  | 'max-time'
  | 'connect-timeout'
  | 'oauth2-bearer'
  | 'quiet';

interface OptionSpec {
  readonly option: CurlOption | null;
  readonly takesValue: boolean;
}

const known: Record<string, OptionSpec> = {
  request: { option: 'request', takesValue: true },
  url: { option: 'url', takesValue: true },
  header: { option: 'header', takesValue: true },
  data: { option: 'data', takesValue: true },
  'data-ascii': { option: 'data', takesValue: true },
  'data-raw': { option: 'data-raw', takesValue: true },
  'data-binary': { option: 'data-binary', takesValue: true },
  'data-urlencode': { option: 'data-urlencode', takesValue: true },
  json: { option: 'json', takesValue: true },
  form: { option: 'form', takesValue: true },
  'form-string': { option: 'form-string', takesValue: true },
  user: { option: 'user', takesValue: true },
  insecure: { option: 'insecure', takesValue: false },
  compressed: { option: 'compressed', takesValue: false },
  get: { option: 'get', takesValue: false },
  head: { option: 'head', takesValue: false },
  cookie: { option: 'cookie', takesValue: true },
  'user-agent': { option: 'user-agent', takesValue: true },
  referer: { option: 'referer', takesValue: true },
  location: { option: 'location', takesValue: false },
  'max-redirs': { option: 'max-redirs', takesValue: true },
  'max-time': { option: 'max-time', takesValue: true },
  'connect-timeout': { option: 'connect-timeout', takesValue: true },
  'oauth2-bearer': { option: 'oauth2-bearer', takesValue: true },
  // Output and progress options change nothing about the request.
  silent: { option: 'quiet', takesValue: false },
  'show-error': { option: 'quiet', takesValue: false },
  verbose: { option: 'quiet', takesValue: false },
  include: { option: 'quiet', takesValue: false },
  fail: { option: 'quiet', takesValue: false },
  'fail-with-body': { option: 'quiet', takesValue: false },
  'no-progress-meter': { option: 'quiet', takesValue: false },
  http1_1: { option: 'quiet', takesValue: false },
  http2: { option: 'quiet', takesValue: false },
  // Known, not carried over; they take a value.
  output: { option: null, takesValue: true },
  proxy: { option: null, takesValue: true },
  cert: { option: null, takesValue: true },
  key: { option: null, takesValue: true },
  cacert: { option: null, takesValue: true },
  'cookie-jar': { option: null, takesValue: true },
  'write-out': { option: null, takesValue: true },
  retry: { option: null, takesValue: true },
  resolve: { option: null, takesValue: true },
  'upload-file': { option: null, takesValue: true },
  range: { option: null, takesValue: true },
  'limit-rate': { option: null, takesValue: true },
  'dump-header': { option: null, takesValue: true },
  config: { option: null, takesValue: true },
  interface: { option: null, takesValue: true },
  'unix-socket': { option: null, takesValue: true },
};

const short: Record<string, string> = {
  X: 'request',
  H: 'header',
  d: 'data',
  F: 'form',
  u: 'user',
  k: 'insecure',
  G: 'get',
  I: 'head',
  b: 'cookie',
  A: 'user-agent',
  e: 'referer',
  L: 'location',
  m: 'max-time',
  s: 'silent',
  S: 'show-error',
  v: 'verbose',
  i: 'include',
  f: 'fail',
  o: 'output',
  x: 'proxy',
  E: 'cert',
  c: 'cookie-jar',
  w: 'write-out',
  T: 'upload-file',
  r: 'range',
  D: 'dump-header',
  K: 'config',
};

export interface OptionUse {
  /** The option as written (`-X`, `--data-raw`). */
  readonly written: string;
  readonly option: CurlOption | null;
  readonly value: string | null;
}

export interface CurlArguments {
  readonly options: readonly OptionUse[];
  /** Words that are not options: URLs. */
  readonly positional: readonly string[];
}

/** Splits curl's words into options (with their values) and URLs; `-sSL`, `-XPOST` and `--opt=value` included. */
export function readArguments(words: readonly string[]): CurlArguments {
  const options: OptionUse[] = [];
  const positional: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (word === '--') {
      positional.push(...words.slice(i + 1));
      break;
    }
    if (word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      const name = eq > 0 ? word.slice(2, eq) : word.slice(2);
      // `--no-location` and the like switch a flag off: nothing to carry over.
      const spec = known[name];
      const takesValue = spec?.takesValue ?? false;
      let value: string | null = null;
      if (eq > 0) value = word.slice(eq + 1);
      else if (takesValue) {
        value = words[i + 1] ?? '';
        i += 1;
      }
      options.push({ written: `--${name}`, option: spec?.option ?? null, value });
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      for (let c = 1; c < word.length; c += 1) {
        const letter = word[c]!;
        const long = short[letter];
        const spec = long ? known[long] : undefined;
        if (spec?.takesValue) {
          let value = word.slice(c + 1);
          if (value === '') {
            value = words[i + 1] ?? '';
            i += 1;
          }
          options.push({ written: `-${letter}`, option: spec.option, value });
          break;
        }
        options.push({ written: `-${letter}`, option: spec?.option ?? null, value: null });
      }
      continue;
    }
    positional.push(word);
  }
  return { options, positional };
}
