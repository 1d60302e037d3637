/** C# HttpClient (top-level statements, .NET 6+): content headers on the content, files read from disk. */
import { partsOf } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget, Expr } from '../program';
import { envComment, headersToWrite } from './common';

export const csQuote = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  `"${value.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;

function csExpr(expr: Expr): string {
  const piece = (part: Expr): string => {
    switch (part.kind) {
      case 'text':
        return csQuote(part.text);
      case 'env':
        return `Environment.GetEnvironmentVariable(${csQuote(part.name)})`;
      case 'step':
        return part.name;
      case 'md5':
        return `Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(${csExpr(part.of)}))).ToLowerInvariant()`;
      case 'urlencode':
        return `WebUtility.UrlEncode(${csExpr(part.of)})`;
      case 'concat':
        return csExpr(part);
    }
  };
  const parts = partsOf(expr);
  return parts.length === 0 ? '""' : parts.map(piece).join(' + ');
}

const isContentHeader = (name: string) => /^content-/i.test(name);

function build(request: CodeRequest, v: string): string[] {
  const lines = [
    `var ${v} = new HttpRequestMessage(new HttpMethod(${csQuote(request.method)}), ${csExpr(request.url)});`,
  ];
  const headers = headersToWrite(request);
  for (const [name, value] of headers.filter(([name]) => !isContentHeader(name)))
    lines.push(`${v}.Headers.TryAddWithoutValidation(${csQuote(name)}, ${csExpr(value)});`);
  if (request.basicAuth)
    lines.push(
      `${v}.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(${csExpr(request.basicAuth.user)} + ":" + ${csExpr(request.basicAuth.password)})));`,
    );
  const body = request.body;
  if (body.kind === 'raw') lines.push(`${v}.Content = new StringContent(${csExpr(body.text)});`);
  if (body.kind === 'file')
    lines.push(`${v}.Content = new ByteArrayContent(File.ReadAllBytes(${csQuote(body.path)}));`);
  if (body.kind === 'form')
    lines.push(
      `${v}.Content = new FormUrlEncodedContent(new[]\n{\n${body.fields.map((f) => `    KeyValuePair.Create(${csQuote(f.name)}, ${csExpr(f.value)}),`).join('\n')}\n});`,
    );
  if (body.kind === 'multipart') {
    lines.push(`var form = new MultipartFormDataContent();`);
    body.parts.forEach((part, index) => {
      if ('value' in part) lines.push(`form.Add(new StringContent(${csExpr(part.value)}), ${csQuote(part.name)});`);
      else
        lines.push(
          `var file${index} = new ByteArrayContent(File.ReadAllBytes(${csQuote(part.filePath)}));`,
          `file${index}.Headers.ContentType = MediaTypeHeaderValue.Parse(${csQuote(part.contentType)});`,
          `form.Add(file${index}, ${csQuote(part.name)}, ${csQuote(part.fileName)});`,
        );
    });
    lines.push(`${v}.Content = form;`);
  }
  const contentHeaders = headers.filter(([name]) => isContentHeader(name));
  if (body.kind !== 'none' && body.kind !== 'multipart' && contentHeaders.length > 0) {
    for (const [name] of contentHeaders) lines.push(`${v}.Content.Headers.Remove(${csQuote(name)});`);
    for (const [name, value] of contentHeaders)
      lines.push(`${v}.Content.Headers.TryAddWithoutValidation(${csQuote(name)}, ${csExpr(value)});`);
  }
  return lines;
}

export function renderCsharp(program: CodeProgram): string {
  const usings = [
    'using System.Net;',
    'using System.Net.Http.Headers;',
    'using System.Security.Cryptography;',
    'using System.Text;',
    'using System.Text.Json;',
  ];
  const client = program.request.insecure
    ? 'using var client = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });'
    : 'using var client = new HttpClient();';
  const blocks = [usings.join('\n'), client];
  for (const s of program.steps)
    blocks.push(
      [
        `// ${s.comment}`,
        ...build(s.request, `${s.name}Request`),
        `var ${s.name}Answer = await client.SendAsync(${s.name}Request);`,
        `var ${s.name} = JsonDocument.Parse(await ${s.name}Answer.Content.ReadAsStringAsync()).RootElement.GetProperty(${csQuote(s.jsonField)}).GetString();`,
      ].join('\n'),
    );
  blocks.push(
    [
      ...build(program.request, 'request'),
      'var response = await client.SendAsync(request);',
      'Console.WriteLine(await response.Content.ReadAsStringAsync());',
    ].join('\n'),
  );
  return `${envComment(program, '//', (name) => `$env:${name} = '…'`)}${blocks.join('\n\n')}\n`;
}

export const csharpTarget: CodeTarget = {
  id: 'csharp',
  label: 'C# HttpClient',
  language: 'csharp',
  precomputed: [],
  render: renderCsharp,
};
