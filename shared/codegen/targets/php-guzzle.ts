/** PHP Guzzle 7: Composer's autoloader, options as arrays of single-quoted strings, files opened with fopen. */
import type { CodeProgram, CodeRequest, CodeTarget } from '../program';
import { envComment, groupedHeaders, isMultipartType } from './common';
import { phpExpr, phpQuote, phpVar } from './php';

function requestOptions(request: CodeRequest): string {
  const out: string[] = [];
  const headers = groupedHeaders(request).filter(
    ([name, values]) => !(request.body.kind === 'multipart' && values.every((v) => isMultipartType([name, v]))),
  );
  if (headers.length > 0)
    out.push(
      `'headers' => [\n${headers
        .map(
          ([name, values]) =>
            `        ${phpQuote(name)} => ${values.length === 1 ? phpExpr(values[0]!) : `[${values.map(phpExpr).join(', ')}]`},`,
        )
        .join('\n')}\n    ]`,
    );
  if (request.basicAuth)
    out.push(`'auth' => [${phpExpr(request.basicAuth.user)}, ${phpExpr(request.basicAuth.password)}]`);
  const body = request.body;
  if (body.kind === 'raw') out.push(`'body' => ${phpExpr(body.text)}`);
  if (body.kind === 'file') out.push(`'body' => fopen(${phpQuote(body.path)}, 'r')`);
  if (body.kind === 'form') {
    const names = body.fields.map((f) => f.name);
    out.push(
      new Set(names).size === names.length
        ? `'form_params' => [\n${body.fields.map((f) => `        ${phpQuote(f.name)} => ${phpExpr(f.value)},`).join('\n')}\n    ]`
        : `'body' => implode('&', [\n${body.fields.map((f) => `        urlencode(${phpQuote(f.name)}) . '=' . urlencode(${phpExpr(f.value)}),`).join('\n')}\n    ])`,
    );
  }
  if (body.kind === 'multipart')
    out.push(
      `'multipart' => [\n${body.parts
        .map((part) =>
          'value' in part
            ? `        ['name' => ${phpQuote(part.name)}, 'contents' => ${phpExpr(part.value)}],`
            : `        [\n            'name' => ${phpQuote(part.name)},\n            'contents' => fopen(${phpQuote(part.filePath)}, 'r'),\n            'filename' => ${phpQuote(part.fileName)},\n            'headers' => ['Content-Type' => ${phpQuote(part.contentType)}],\n        ],`,
        )
        .join('\n')}\n    ]`,
    );
  if (request.insecure) out.push("'verify' => false");
  // Parley shows 4xx/5xx answers as answers: so does the snippet, instead of throwing.
  out.push("'http_errors' => false");
  return `[\n${out.map((o) => `    ${o},`).join('\n')}\n]`;
}

const call = (request: CodeRequest) =>
  `$client->request(${phpQuote(request.method)}, ${phpExpr(request.url)}, ${requestOptions(request)})`;

export function renderPhpGuzzle(program: CodeProgram): string {
  const blocks = [
    `<?php\nrequire 'vendor/autoload.php';\n\n${envComment(program, '//', (name) => `putenv('${name}=…')`)}$client = new GuzzleHttp\\Client();`,
  ];
  for (const s of program.steps)
    blocks.push(
      `// ${s.comment}\n$answer = ${call(s.request)};\n${phpVar(s.name)} = json_decode((string) $answer->getBody(), true)[${phpQuote(s.jsonField)}];`,
    );
  blocks.push(`$response = ${call(program.request)};\necho $response->getBody();`);
  return `${blocks.join('\n\n')}\n`;
}

export const phpGuzzleTarget: CodeTarget = {
  id: 'php-guzzle',
  label: 'PHP Guzzle',
  language: 'php',
  precomputed: [],
  render: renderPhpGuzzle,
};
