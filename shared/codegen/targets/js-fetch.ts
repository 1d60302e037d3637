/**
 * Browser fetch: a page has no environment, so each secret is a constant to fill in at the top; files
 * come from <input type="file"> elements (a page cannot read a path), never an empty part.
 */
import type { CodeProgram, CodeTarget } from '../program';
import { fetchCall, type FetchFlavour } from './fetch-code';
import { jsQuote } from './js';

const flavour: FetchFlavour = {
  env: (name) => name,
  fileBlob: (_filePath, _contentType, index) => `document.getElementById('file-${index}').files[0]`,
  base64: (expr) => `btoa(${expr})`,
};

export function renderJsFetch(program: CodeProgram): string {
  const head: string[] = [];
  if (program.env.length > 0) {
    head.push('// Fill in before running:');
    for (const v of program.env) head.push(`const ${v.name} = ''; // ${v.description}`);
  }
  const files = [program.request, ...program.steps.map((s) => s.request)].flatMap((r) =>
    r.body.kind === 'multipart' ? r.body.parts.flatMap((p, i) => ('value' in p ? [] : [[i, p.filePath] as const])) : [],
  );
  for (const [index, filePath] of files)
    head.push(`// <input type="file" id="file-${index}">: pick ${jsQuote(filePath)} (a page cannot read a path)`);
  if (program.request.body.kind === 'file')
    head.push(`// <input type="file" id="file-0">: pick ${jsQuote(program.request.body.path)}`);
  const blocks = head.length > 0 ? [head.join('\n')] : [];
  for (const s of program.steps)
    blocks.push(
      `// ${s.comment}\n${fetchCall(s.request, flavour, 'answer')}\nconst ${s.name} = (await answer.json())[${jsQuote(s.jsonField)}];`,
    );
  blocks.push(`${fetchCall(program.request, flavour, 'response')}\nconsole.log(await response.text());`);
  return `${blocks.join('\n\n')}\n`;
}

export const jsFetchTarget: CodeTarget = {
  id: 'js-fetch',
  label: 'JavaScript fetch',
  language: 'javascript',
  precomputed: ['md5'],
  render: renderJsFetch,
};
