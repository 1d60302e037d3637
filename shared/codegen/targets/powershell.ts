/** PowerShell 7 Invoke-RestMethod: single-quoted literals, $env: secrets, ordered form fields, -Form files. */
import { partsOf } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget, Expr } from '../program';
import { envComment, headersToWrite } from './common';

const psQuote = (value: string): string => `'${value.replace(/['‘’‚‛]/g, (c) => c + c)}'`;

function psExpr(expr: Expr): string {
  const piece = (part: Expr): string => {
    switch (part.kind) {
      case 'text':
        return psQuote(part.text);
      case 'env':
        return `$env:${part.name}`;
      case 'step':
        return `$${part.name}`;
      case 'md5':
        return `(([System.BitConverter]::ToString([System.Security.Cryptography.MD5]::HashData([System.Text.Encoding]::UTF8.GetBytes(${psExpr(part.of)}))) -replace '-', '').ToLower())`;
      case 'urlencode':
        return `[System.Net.WebUtility]::UrlEncode(${psExpr(part.of)})`;
      case 'concat':
        return psExpr(part);
    }
  };
  const parts = partsOf(expr);
  if (parts.length === 0) return "''";
  return parts.length === 1 ? piece(parts[0]!) : `(${parts.map(piece).join(' + ')})`;
}

function call(request: CodeRequest): string {
  const method = request.method.charAt(0) + request.method.slice(1).toLowerCase();
  const args = [`-Method ${method}`, `-Uri ${psExpr(request.url)}`];
  const headers = headersToWrite(request);
  const contentType = headers.find(([name]) => name.toLowerCase() === 'content-type');
  const others = headers.filter(([name]) => name.toLowerCase() !== 'content-type');
  const headerLines = others.map(([name, value]) => `    ${psQuote(name)} = ${psExpr(value)}`);
  if (request.basicAuth)
    headerLines.push(
      `    'Authorization' = 'Basic ' + [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes(${psExpr(request.basicAuth.user)} + ':' + ${psExpr(request.basicAuth.password)}))`,
    );
  if (headerLines.length > 0) args.push(`-Headers @{\n${headerLines.join('\n')}\n}`);
  if (contentType && request.body.kind !== 'multipart') args.push(`-ContentType ${psExpr(contentType[1])}`);
  const body = request.body;
  if (body.kind === 'raw') args.push(`-Body ${psExpr(body.text)}`);
  if (body.kind === 'file') args.push(`-InFile ${psQuote(body.path)}`);
  if (body.kind === 'form')
    args.push(
      `-Body ([ordered]@{\n${body.fields.map((f) => `    ${psQuote(f.name)} = ${psExpr(f.value)}`).join('\n')}\n})`,
    );
  if (body.kind === 'multipart')
    args.push(
      `-Form ([ordered]@{\n${body.parts
        .map(
          (p) =>
            `    ${psQuote(p.name)} = ${'value' in p ? psExpr(p.value) : `Get-Item -LiteralPath ${psQuote(p.filePath)}`}`,
        )
        .join('\n')}\n})`,
    );
  if (request.insecure) args.push('-SkipCertificateCheck');
  return `Invoke-RestMethod ${args.join(' `\n  ')}`;
}

export function renderPowershell(program: CodeProgram): string {
  const blocks: string[] = [];
  for (const s of program.steps) blocks.push(`# ${s.comment}\n$${s.name} = (${call(s.request)}).${s.jsonField}`);
  blocks.push(`$response = ${call(program.request)}\n$response | ConvertTo-Json -Depth 20`);
  return `${envComment(program, '#', (name) => `$env:${name} = '…'`)}${blocks.join('\n\n')}\n`;
}

export const powershellTarget: CodeTarget = {
  id: 'powershell',
  label: 'PowerShell',
  language: 'powershell',
  precomputed: [],
  render: renderPowershell,
};
