/** Why a JSONPath expression cannot be evaluated, with the 1-based position; null when it looks well-formed. */
export function jsonPathProblem(expression: string): string | null {
  const at = (index: number, what: string) => `Invalid JSONPath: ${what} at position ${index + 1}.`;
  const text = expression.trim();
  if (!text.startsWith('$')) return at(0, 'a JSONPath starts with $');
  const open: { char: string; index: number }[] = [];
  let quote: { char: string; index: number } | null = null;
  for (let index = 1; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote.char) quote = null;
      continue;
    }
    if (char === "'" || char === '"') quote = { char, index };
    else if (char === '[' || char === '(') open.push({ char, index });
    else if (char === ']' || char === ')') {
      const last = open.pop();
      const expected = char === ']' ? '[' : '(';
      if (!last || last.char !== expected) return at(index, `"${char}" closes nothing`);
      if (char === ']' && text.slice(last.index + 1, index).trim() === '') return at(last.index, 'an empty "[]"');
    } else if (char === '.' && open.length === 0) {
      const next = text[index + 1];
      if (next === undefined) return at(index, 'nothing follows "."');
      if (next === '.' && text[index + 2] === undefined) return at(index, 'nothing follows ".."');
      if (next === '.' && text[index + 2] === '.') return at(index, '"..." is not an operator');
    }
  }
  if (quote) return at(quote.index, `the quote ${quote.char} is never closed`);
  const unclosed = open.pop();
  if (unclosed) return at(unclosed.index, `"${unclosed.char}" is never closed`);
  return null;
}
