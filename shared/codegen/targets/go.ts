/**
 * Go net/http: header names kept as written (assigned, not canonicalised), the form body encoded in
 * Parley's order, multipart parts written with their own headers and files copied from disk.
 */
import { formBodyExpr, partsOf } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget, Expr } from '../program';
import { envComment, headersToWrite } from './common';

const goQuote = (value: string): string => JSON.stringify(value);
const dispositionQuote = (value: string) => value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');

class GoWriter {
  readonly imports = new Set<string>(['fmt', 'io', 'net/http', 'os']);

  expr(expr: Expr): string {
    const piece = (part: Expr): string => {
      switch (part.kind) {
        case 'text':
          return goQuote(part.text);
        case 'env':
          return `os.Getenv(${goQuote(part.name)})`;
        case 'step':
          return part.name;
        case 'md5':
          this.imports.add('crypto/md5');
          return `fmt.Sprintf("%x", md5.Sum([]byte(${this.expr(part.of)})))`;
        case 'urlencode':
          this.imports.add('net/url');
          return `url.QueryEscape(${this.expr(part.of)})`;
        case 'concat':
          return this.expr(part);
      }
    };
    const parts = partsOf(expr);
    return parts.length === 0 ? '""' : parts.map(piece).join(' + ');
  }

  /** Statements building `req` (and its body) for a request, inside a block of its own. */
  request(request: CodeRequest, indent: string): string[] {
    const lines: string[] = [];
    let body = 'nil';
    let multipartType = false;
    const b = request.body;
    if (b.kind === 'raw' || b.kind === 'form') {
      this.imports.add('strings');
      body = `strings.NewReader(${this.expr(b.kind === 'raw' ? b.text : formBodyExpr(b.fields))})`;
    }
    if (b.kind === 'file') {
      lines.push(`file, err := os.Open(${goQuote(b.path)})`, 'check(err)', 'defer file.Close()');
      body = 'file';
    }
    if (b.kind === 'multipart') {
      this.imports.add('bytes');
      this.imports.add('mime/multipart');
      lines.push('form := &bytes.Buffer{}', 'writer := multipart.NewWriter(form)');
      for (const part of b.parts) {
        if ('value' in part) {
          lines.push(`check(writer.WriteField(${goQuote(part.name)}, ${this.expr(part.value)}))`);
          continue;
        }
        this.imports.add('net/textproto');
        const disposition = `form-data; name="${dispositionQuote(part.name)}"; filename="${dispositionQuote(part.fileName)}"`;
        lines.push(
          '{',
          '\theader := textproto.MIMEHeader{}',
          `\theader.Set("Content-Disposition", ${goQuote(disposition)})`,
          `\theader.Set("Content-Type", ${goQuote(part.contentType)})`,
          '\tpart, err := writer.CreatePart(header)',
          '\tcheck(err)',
          `\tfile, err := os.Open(${goQuote(part.filePath)})`,
          '\tcheck(err)',
          '\t_, err = io.Copy(part, file)',
          '\tfile.Close()',
          '\tcheck(err)',
          '}',
        );
      }
      lines.push('check(writer.Close())');
      body = 'form';
      multipartType = true;
    }
    lines.push(
      `req, err := http.NewRequest(${goQuote(request.method)}, ${this.expr(request.url)}, ${body})`,
      'check(err)',
    );
    for (const [name, value] of headersToWrite(request))
      lines.push(`req.Header[${goQuote(name)}] = append(req.Header[${goQuote(name)}], ${this.expr(value)})`);
    if (multipartType) lines.push('req.Header.Set("Content-Type", writer.FormDataContentType())');
    if (request.basicAuth)
      lines.push(`req.SetBasicAuth(${this.expr(request.basicAuth.user)}, ${this.expr(request.basicAuth.password)})`);
    return lines.map((line) => `${indent}${line}`);
  }
}

export function renderGo(program: CodeProgram): string {
  const go = new GoWriter();
  const body: string[] = [];
  for (const s of program.steps) {
    go.imports.add('encoding/json');
    body.push(`\t// ${s.comment}`, `\tvar ${s.name} string`, '\t{');
    body.push(...go.request(s.request, '\t\t'));
    body.push(
      '\t\tvar answer map[string]any',
      '\t\tcheck(json.Unmarshal(send(req), &answer))',
      `\t\t${s.name}, _ = answer[${goQuote(s.jsonField)}].(string)`,
      '\t}',
      '',
    );
  }
  body.push(...go.request(program.request, '\t'), '\tfmt.Println(string(send(req)))');
  const insecure = program.request.insecure;
  if (insecure) go.imports.add('crypto/tls');
  const client = insecure
    ? 'var client = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}'
    : 'var client = &http.Client{}';
  const imports = [...go.imports].sort().map((name) => `\t${goQuote(name)}`);
  return `${envComment(program, '//', (name) => `export ${name}='…'`)}package main

import (
${imports.join('\n')}
)

${client}

func check(err error) {
\tif err != nil {
\t\tfmt.Fprintln(os.Stderr, err)
\t\tos.Exit(1)
\t}
}

func send(req *http.Request) []byte {
\tres, err := client.Do(req)
\tcheck(err)
\tdefer res.Body.Close()
\tbody, err := io.ReadAll(res.Body)
\tcheck(err)
\treturn body
}

func main() {
${body.join('\n')}
}
`;
}

export const goTarget: CodeTarget = {
  id: 'go',
  label: 'Go net/http',
  language: 'go',
  precomputed: [],
  render: renderGo,
};
