/** cURL commands as docs and terminals write them: each option lands where curl would send it. */
import { describe, expect, it } from 'vitest';
import { importText } from '..';
import type { ImportPlan } from '../types';
import { parseCurl } from './parse';

function call(text: string) {
  const result = parseCurl(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function plan(text: string): ImportPlan {
  const result = importText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('cURL options', () => {
  it('line continuations, -X, repeated -H and --data joined with &', () => {
    const { call: c } = call(
      "curl -X PUT \\\n  'https://h.example/x' \\\n  -H 'A: 1' -H 'B: two words' \\\n  -d a=1 --data b=2",
    );
    expect(c).toMatchObject({
      method: 'PUT',
      url: 'https://h.example/x',
      headers: [
        ['A', '1'],
        ['B', 'two words'],
      ],
      body: {
        kind: 'form',
        fields: [
          { name: 'a', value: '1' },
          { name: 'b', value: '2' },
        ],
      },
    });
  });

  it('--data-urlencode encodes its value; -G moves the data to the query', () => {
    expect(call("curl https://h.example/s --data-urlencode 'q=a b&c' --data-urlencode 'n=ü'").call.body).toEqual({
      kind: 'form',
      fields: [
        { name: 'q', value: 'a b&c' },
        { name: 'n', value: 'ü' },
      ],
    });
    const get = call("curl -G https://h.example/s --data-urlencode 'q=a b' -d x=1").call;
    expect(get).toMatchObject({ method: 'GET', url: 'https://h.example/s?q=a%20b&x=1', body: { kind: 'none' } });
  });

  it('-F fields and files with type and filename; --form-string keeps @ literal', () => {
    const { call: c } = call(
      `curl https://h.example/u -F 'note=hi' -F 'doc=@"/tmp/my file.pdf";type=application/pdf;filename="r.pdf"' -F file=@/tmp/a.png --form-string 'at=@not-a-file'`,
    );
    expect(c.method).toBe('POST');
    expect(c.body).toEqual({
      kind: 'multipart',
      parts: [
        { name: 'note', value: 'hi' },
        { name: 'doc', filePath: '/tmp/my file.pdf', fileName: 'r.pdf', contentType: 'application/pdf' },
        { name: 'file', filePath: '/tmp/a.png' },
        { name: 'at', value: '@not-a-file' },
      ],
    });
  });

  it('--data-binary @file sends the file; --json sets JSON headers', () => {
    expect(
      call('curl https://h.example/f --data-binary @/tmp/body.bin -H "Content-Type: image/png"').call.body,
    ).toEqual({
      kind: 'file',
      path: '/tmp/body.bin',
      contentType: 'image/png',
    });
    expect(call(`curl https://h.example/j --json '{"a":1}'`).call).toMatchObject({
      method: 'POST',
      headers: [['Accept', 'application/json']],
      body: { kind: 'json', text: '{"a":1}' },
    });
  });

  it('combined short flags, attached values, --opt=value, -I, -L, timeouts', () => {
    expect(call('curl -sSLk -XDELETE -HX-A:1 --max-time=2.5 --connect-timeout 3 h.example/z').call).toEqual({
      method: 'DELETE',
      url: 'http://h.example/z',
      headers: [['X-A', '1']],
      body: { kind: 'none' },
      insecure: true,
      followRedirects: true,
      totalTimeoutMs: 2500,
      connectTimeoutMs: 3000,
    });
    expect(call('curl -I https://h.example/').call.method).toBe('HEAD');
  });

  it('reports what it does not carry over, and keeps going', () => {
    const result = call(
      'curl --proxy http://p:3128 -o out.json --unknown-flag https://h.example/ https://other.example/',
    );
    expect(result.call.url).toBe('https://h.example/');
    expect(result.report.map((r) => r.message)).toEqual([
      'Only the first URL is imported; https://other.example/ were left out.',
      '--proxy http://p:3128 is not carried over.',
      '-o out.json is not carried over.',
      '--unknown-flag is not carried over.',
    ]);
  });

  it('$VARIABLES become {{variables}}, a prompt and text after a pipe are ignored', () => {
    const { call: c } = call('$ curl -H "X-Key: $API_KEY" "https://h.example/$PATH_PART" | jq .');
    expect(c.headers).toEqual([['X-Key', '{{API_KEY}}']]);
    expect(c.url).toBe('https://h.example/{{PATH_PART}}');
  });

  it('a command without a URL or without curl is a located failure', () => {
    expect(importText('curl -H "A: 1"')).toEqual({
      ok: false,
      error: { message: 'The curl command has no URL.', line: 1, column: 1 },
    });
  });
});

describe('secrets and providers', () => {
  it('-u user:password → Basic auth with the password a variable', () => {
    const p = plan('curl -u mia:hunter2 https://h.example/me');
    expect(p.requests[0]?.draft.auth).toEqual({ kind: 'basic', username: 'mia', password: '{{basic_password}}' });
    expect(p.secrets).toMatchObject([{ variable: 'basic_password', value: 'hunter2', origin: 'https://h.example' }]);
  });

  it('an api key in the query is replaced in place', () => {
    const p = plan("curl 'https://h.example/v?api_key=k3y-123&x=1'");
    expect(p.requests[0]?.draft.url).toBe('https://h.example/v?api_key={{api_key}}&x=1');
  });

  it('-u key: to an APSIS host → the APSIS catalog entry, the key for a profile', () => {
    const p = plan("curl -u 'my-apsis-key:' https://se.api.anpdm.com:8443/v1/mailinglists/1/10");
    expect(p.requests[0]?.draft).toMatchObject({
      sandbox: 'apsis',
      provider: { endpointId: 'MailingList.getMailinglistsPaginated', params: { pageNumber: '1', pageSize: '10' } },
    });
    expect(p.secrets).toMatchObject([{ value: 'my-apsis-key', providerField: { provider: 'apsis', field: 'apiKey' } }]);
    expect(JSON.stringify(p.requests)).not.toContain('my-apsis-key');
  });

  it('m=clientapi → the Client API call named by apimodule/apifunction', () => {
    const p = plan(
      "curl -d 'm=clientapi&apikey=ck-1&apimodule=client&apifunction=getdetails' https://portal.example.com/whmcs/index.php",
    );
    expect(p.requests[0]?.draft).toMatchObject({
      sandbox: 'whmcs-clientapi',
      provider: { endpointId: 'client/getdetails', params: {} },
    });
    expect(p.report[0]?.message).toContain('base URL https://portal.example.com/whmcs');
    expect(p.secrets[0]?.providerField).toEqual({ provider: 'whmcs-clientapi', field: 'apikey' });
  });

  it('api.php?action=v1.… → a wbTeamPro chain; the MD5 password is dropped', () => {
    const p = plan(
      "curl 'https://billing.example.com/modules/addons/wbteampro/api.php?action=v1.projects.100.json&username=admin&password=5f4dcc3b5aa765d61d8327deb882cf99'",
    );
    expect(p.requests[0]?.draft).toMatchObject({
      sandbox: 'wbteampro',
      provider: { endpointId: null, path: 'api.php?action=v1.projects.100.json' },
    });
    expect(JSON.stringify(p)).not.toContain('5f4dcc3b5aa765d61d8327deb882cf99');
    expect(p.report.map((r) => r.message).join(' ')).toContain('username "admin"');
  });

  it('/Auth/ApiLogin → webCRM, the authCode is the application token', () => {
    const p = plan("curl -X POST 'https://api.webcrm.com/Auth/ApiLogin?authCode=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'");
    expect(p.requests[0]?.draft.sandbox).toBe('webcrm');
    expect(p.secrets).toMatchObject([{ providerField: { provider: 'webcrm', field: 'applicationToken' } }]);
  });

  it('Apwt-* headers → AllProWebTools, the user a profile field, the keys secrets', () => {
    const p = plan(
      "curl -X POST https://app.allprowebtools.com/api/signupboxes-list.php -H 'Apwt-Apikey: k1' -H 'Apwt-Apiauth: a1' -H 'Apwt-User: mia'",
    );
    expect(p.requests[0]?.draft).toMatchObject({ sandbox: 'apwt', provider: { endpointId: 'signupboxes.list' } });
    expect(p.secrets.map((s) => s.providerField?.field)).toEqual(['apiKey', 'apiAuth']);
    expect(p.report[0]?.message).toContain('user "mia"');
  });
});
