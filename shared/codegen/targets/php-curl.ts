/**
 * PHP cURL: single-quoted strings (httpsnippet's double quotes interpolate a `$` in a key away), files as
 * CURLFile so the file's bytes are sent, Basic auth as CURLOPT_USERPWD.
 */
import { concat, text } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget } from '../program';
import { envComment, headersToWrite } from './common';
import { phpExpr, phpFormBody, phpQuote, phpVar } from './php';

function options(request: CodeRequest): string[] {
  const out = [`CURLOPT_URL => ${phpExpr(request.url)}`, 'CURLOPT_RETURNTRANSFER => true'];
  if (request.method === 'HEAD') out.push('CURLOPT_NOBODY => true');
  else if (request.method !== 'GET') out.push(`CURLOPT_CUSTOMREQUEST => ${phpQuote(request.method)}`);
  const headers = headersToWrite(request);
  if (headers.length > 0)
    out.push(
      `CURLOPT_HTTPHEADER => [\n${headers.map(([name, value]) => `        ${phpExpr(concat(text(`${name}: `), value))},`).join('\n')}\n    ]`,
    );
  if (request.basicAuth)
    out.push(`CURLOPT_USERPWD => ${phpExpr(concat(request.basicAuth.user, text(':'), request.basicAuth.password))}`);
  const body = request.body;
  if (body.kind === 'raw') out.push(`CURLOPT_POSTFIELDS => ${phpExpr(body.text)}`);
  if (body.kind === 'form') out.push(`CURLOPT_POSTFIELDS => ${phpFormBody(body.fields, '    ')}`);
  if (body.kind === 'file') out.push(`CURLOPT_POSTFIELDS => file_get_contents(${phpQuote(body.path)})`);
  if (body.kind === 'multipart')
    out.push(
      `CURLOPT_POSTFIELDS => [\n${body.parts
        .map((part) =>
          'value' in part
            ? `        ${phpQuote(part.name)} => ${phpExpr(part.value)},`
            : `        ${phpQuote(part.name)} => new CURLFile(${phpQuote(part.filePath)}, ${phpQuote(part.contentType)}, ${phpQuote(part.fileName)}),`,
        )
        .join('\n')}\n    ]`,
    );
  if (request.insecure) out.push('CURLOPT_SSL_VERIFYPEER => false', 'CURLOPT_SSL_VERIFYHOST => 0');
  return out;
}

function call(request: CodeRequest, result: string): string {
  return [
    '$curl = curl_init();',
    `curl_setopt_array($curl, [\n${options(request)
      .map((o) => `    ${o},`)
      .join('\n')}\n]);`,
    `${result} = curl_exec($curl);`,
    `if (${result} === false) {`,
    '    fwrite(STDERR, curl_error($curl) . PHP_EOL);',
    '    exit(1);',
    '}',
    'curl_close($curl);',
  ].join('\n');
}

export function renderPhpCurl(program: CodeProgram): string {
  const blocks = program.steps.map(
    (s) =>
      `// ${s.comment}\n${call(s.request, '$answer')}\n${phpVar(s.name)} = json_decode($answer, true)[${phpQuote(s.jsonField)}];`,
  );
  blocks.push(`${call(program.request, '$response')}\necho $response;`);
  return `<?php\n${envComment(program, '//', (name) => `putenv('${name}=…')`)}${blocks.join('\n\n')}\n`;
}

export const phpCurlTarget: CodeTarget = {
  id: 'php-curl',
  label: 'PHP cURL',
  language: 'php',
  precomputed: [],
  render: renderPhpCurl,
};
