/** Node 18+ (global fetch, undici): secrets from process.env, files read from their paths into Blobs. */
import { programUses } from '../expr';
import type { CodeProgram, CodeTarget } from '../program';
import { envComment } from './common';
import { fetchCall, type FetchFlavour } from './fetch-code';
import { jsQuote } from './js';

const flavour: FetchFlavour = {
  env: (name) => `process.env.${name}`,
  fileBlob: (filePath, contentType) =>
    `new Blob([await readFile(${jsQuote(filePath)})]${contentType ? `, { type: ${jsQuote(contentType)} }` : ''})`,
  base64: (expr) => `Buffer.from(${expr}).toString('base64')`,
};

const hasFiles = (program: CodeProgram) =>
  [program.request, ...program.steps.map((s) => s.request)].some(
    (r) => r.body.kind === 'file' || (r.body.kind === 'multipart' && r.body.parts.some((p) => !('value' in p))),
  );

export function renderNode(program: CodeProgram): string {
  const imports = [
    ...(programUses(program, 'md5') ? ["import { createHash } from 'node:crypto';"] : []),
    ...(hasFiles(program) ? ["import { readFile } from 'node:fs/promises';"] : []),
  ];
  const notes = program.request.insecure
    ? ['// TLS verification is off for this profile: run with NODE_TLS_REJECT_UNAUTHORIZED=0.']
    : [];
  const blocks = [['// An ES module (save as .mjs): top-level await.', ...notes, ...imports].join('\n')];
  for (const s of program.steps)
    blocks.push(
      `// ${s.comment}\n${fetchCall(s.request, flavour, 'answer')}\nconst ${s.name} = (await answer.json())[${jsQuote(s.jsonField)}];`,
    );
  blocks.push(`${fetchCall(program.request, flavour, 'response')}\nconsole.log(await response.text());`);
  return `${envComment(program, '//', (name) => `export ${name}='…'`)}${blocks.join('\n\n')}\n`;
}

export const nodeTarget: CodeTarget = {
  id: 'node',
  label: 'Node (fetch)',
  language: 'javascript',
  precomputed: [],
  render: renderNode,
};
