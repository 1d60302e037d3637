/**
 * Pure text work for the inspector, run in the format worker: re-indenting JSON without parsing numbers
 * (ids above 2^53 stay exact), indenting XML, and indexing rows so a viewer can show any slice at once.
 */

export type BodyKind = 'json' | 'xml' | 'text';

export function bodyKindOf(contentType: string, text: string): BodyKind {
  if (/json/i.test(contentType)) return 'json';
  if (/xml/i.test(contentType)) return 'xml';
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return 'json';
  if (start === '<') return 'xml';
  return 'text';
}

/** JSON re-indented with two spaces. Strings are copied as they are; invalid input is indented as far as it goes. */
export function reindentJson(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let index = 0;
  const length = text.length;
  const newline = () => '\n' + '  '.repeat(depth);
  while (index < length) {
    const char = text[index]!;
    if (char === '"') {
      let end = index + 1;
      while (end < length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out.push(text.slice(index, end + 1));
      index = end + 1;
      continue;
    }
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t') {
      index += 1;
      continue;
    }
    if (char === '{' || char === '[') {
      let next = index + 1;
      while (next < length && /\s/.test(text[next]!)) next += 1;
      if (text[next] === (char === '{' ? '}' : ']')) {
        out.push(char === '{' ? '{}' : '[]');
        index = next + 1;
        continue;
      }
      depth += 1;
      out.push(char, newline());
    } else if (char === '}' || char === ']') {
      depth = Math.max(0, depth - 1);
      out.push(newline(), char);
    } else if (char === ',') {
      out.push(',', newline());
    } else if (char === ':') {
      out.push(': ');
    } else {
      // A run of literal characters (numbers, true/false/null) copied in one piece.
      let end = index + 1;
      while (end < length && !'{}[],:" \n\r\t'.includes(text[end]!)) end += 1;
      out.push(text.slice(index, end));
      index = end;
      continue;
    }
    index += 1;
  }
  return out.join('');
}

/** XML with one element per line, indented by nesting. Text content and attributes are left as they are. */
export function formatXml(text: string): string {
  const tokens = text
    .replace(/>\s+</g, '><')
    .split(/(<[^>]+>)/)
    .filter((token) => token.trim() !== '');
  const out: string[] = [];
  let depth = 0;
  let inlineText = false;
  for (const token of tokens) {
    const isTag = token.startsWith('<');
    if (!isTag) {
      // Text inside an element stays on the element's line: <name>text</name>.
      out[out.length - 1] += token.trim();
      inlineText = true;
      continue;
    }
    const closing = token.startsWith('</');
    const selfContained = token.endsWith('/>') || token.startsWith('<?') || token.startsWith('<!');
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (inlineText || out[out.length - 1]?.trimStart().startsWith(`<${token.slice(2, -1)}`)) {
        out[out.length - 1] += token;
      } else {
        out.push('  '.repeat(depth) + token);
      }
      inlineText = false;
      continue;
    }
    out.push('  '.repeat(depth) + token);
    inlineText = false;
    if (!selfContained) depth += 1;
  }
  return out.join('\n');
}

/**
 * Start offsets of display rows: one per line, and long lines (minified JSON) cut every `width`
 * characters so a 30 MB single-line body still scrolls row by row. The last entry is text.length.
 */
export function rowOffsets(text: string, width = 2000): Uint32Array {
  const starts: number[] = [0];
  let lineStart = 0;
  for (;;) {
    const nextBreak = text.indexOf('\n', lineStart);
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    for (let cut = lineStart + width; cut < lineEnd; cut += width) starts.push(cut);
    if (nextBreak === -1) break;
    lineStart = nextBreak + 1;
    starts.push(lineStart);
  }
  starts.push(text.length);
  return Uint32Array.from(starts);
}

export function rowText(text: string, offsets: Uint32Array, row: number): string {
  const start = offsets[row] ?? 0;
  const end = offsets[row + 1] ?? text.length;
  return text.slice(start, text[end - 1] === '\n' ? end - 1 : end);
}

/** The row that holds character `offset` (binary search over row starts). */
export function rowAt(offsets: Uint32Array, offset: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
