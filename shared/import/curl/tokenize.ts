/**
 * A cURL command line → its words. Bash (what docs and "Copy as cURL (bash)" give) is split by
 * `shell-quote`, which knows single, double and `$'…'` quoting; `$NAME` becomes the `{{NAME}}` variable
 * rather than being expanded. Windows cmd ("Copy as cURL (cmd)": `^"…^"`, `^` line ends) is split here:
 * shell-quote has no notion of cmd's caret escapes or the C runtime's `\"`.
 */
import { parse as parseShell } from 'shell-quote';

export type Dialect = 'bash' | 'cmd';

export function dialectOf(text: string): Dialect {
  // cmd's line continuation is a caret at the end of a line; "Copy as cURL (cmd)" starts `curl ^"`.
  return /\s\^\r?\n/.test(text) || /^\s*curl(\.exe)?\s+\^"/im.test(text) ? 'cmd' : 'bash';
}

/** The words of the first command (a pipe, `;` or `&&` ends it). */
function bashWords(text: string): string[] {
  const joined = text.replace(/\r\n/g, '\n').replace(/\\\n[ \t]*/g, ' ');
  const words: string[] = [];
  for (const entry of parseShell(joined, (name) => `{{${name}}}`)) {
    if (typeof entry === 'string') words.push(entry);
    else if ('op' in entry) {
      if (entry.op === 'glob' && 'pattern' in entry) words.push(entry.pattern);
      else break;
    }
    // A comment ends the line's words: nothing of it is a curl argument.
    else if ('comment' in entry) break;
  }
  return words;
}

/** cmd first removes carets outside its own quotes; the C runtime then splits on spaces, with `\"` a quote. */
function cmdWords(text: string): string[] {
  let unescaped = '';
  let quoted = false;
  const source = text.replace(/\r\n/g, '\n');
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '^' && !quoted && i + 1 < source.length) {
      const next = source[i + 1]!;
      i += 1;
      if (next === '\n') continue;
      unescaped += next;
      continue;
    }
    unescaped += c === '\n' && !quoted ? ' ' : c;
  }
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let inQuotes = false;
  for (let i = 0; i < unescaped.length; i += 1) {
    const c = unescaped[i]!;
    if (c === '\\') {
      let slashes = 0;
      while (unescaped[i + slashes] === '\\') slashes += 1;
      if (unescaped[i + slashes] === '"') {
        word += '\\'.repeat(Math.floor(slashes / 2));
        if (slashes % 2 === 1) word += '"';
        else inQuotes = !inQuotes;
        i += slashes;
      } else {
        word += '\\'.repeat(slashes);
        i += slashes - 1;
      }
      inWord = true;
    } else if (c === '"') {
      inQuotes = !inQuotes;
      inWord = true;
    } else if (!inQuotes && /\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (!inQuotes && (c === '&' || c === '|')) {
      break;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The command's words from `curl` on (a `$ ` prompt or text before `curl` is skipped); null without `curl`. */
export function curlWords(text: string): string[] | null {
  const words = dialectOf(text) === 'cmd' ? cmdWords(text) : bashWords(text);
  const start = words.findIndex((w) => /^curl(\.exe)?$/i.test(w));
  return start < 0 ? null : words.slice(start + 1);
}
