import { describe, expect, it } from 'vitest';
import { buildProgram, envMarker } from '../build';
import { codeTargetIds, type CodeProgram } from '../program';
import { providerCodegens } from '../providers';
import { renderCode } from '../render';

const plain = (request: Parameters<typeof buildProgram>[0]['request']): CodeProgram =>
  buildProgram({ request, insecure: false, variables: [{ name: 'API_KEY', description: 'the key' }] });

const withDollarHeader = plain({
  method: 'POST',
  url: 'https://api.example.com/items?x=1',
  headers: [
    ['X-Key', 'ab$cd'],
    ['X-Secret', envMarker('API_KEY')],
  ],
  body: { kind: 'json', text: '{"price":"$5","quote":"it\'s"}' },
});

describe('code targets', () => {
  it('PHP keeps a $ in a header value as a $ (single-quoted strings, never interpolated)', () => {
    for (const target of ['php-curl', 'php-guzzle'] as const) {
      const code = renderCode(withDollarHeader, target);
      expect(code).toMatch(/'(X-Key: )?ab\$cd'/);
      expect(code).toContain("getenv('API_KEY')");
      expect(code).toContain(`'{"price":"$5","quote":"it\\'s"}'`);
      expect(code).not.toMatch(/"[^"\n]*\$cd/);
    }
  });

  it('PHP Guzzle starts with the Composer autoloader', () => {
    expect(renderCode(withDollarHeader, 'php-guzzle').startsWith("<?php\nrequire 'vendor/autoload.php';\n")).toBe(true);
  });

  it('lists the variables to set above the code in every target', () => {
    for (const target of codeTargetIds) {
      const code = renderCode(withDollarHeader, target);
      const listed = code.indexOf('API_KEY');
      expect(listed, target).toBeGreaterThanOrEqual(0);
      expect(code.indexOf('X-Secret'), target).toBeGreaterThan(listed);
    }
  });

  it('writes the JSON Content-Type Parley adds when the request has none', () => {
    expect(renderCode(withDollarHeader, 'curl')).toContain("-H 'Content-Type: application/json'");
  });

  it('hashes the wbTeamPro password in the snippet: md5(getenv(…)) in PHP, md5sum in bash, a precomputed hash in cmd', () => {
    const program = buildProgram({
      request: {
        method: 'GET',
        url: 'https://crm.example.com/modules/addons/wbteampro/api.php/v1.getConfig.json',
        headers: [],
        body: { kind: 'none' },
      },
      insecure: false,
      provider: {
        codegen: providerCodegens.wbteampro,
        context: {
          baseUrl: 'https://crm.example.com',
          fields: { username: 'admin' },
          secretsSet: new Set(['password']),
        },
      },
    });
    expect(renderCode(program, 'php-curl')).toContain(
      "'https://crm.example.com/modules/addons/wbteampro/api.php/v1.getConfig.json?username=admin&password=' . md5(getenv('WBTEAMPRO_PASSWORD'))",
    );
    expect(renderCode(program, 'curl')).toContain(`"$(printf '%s' "$WBTEAMPRO_PASSWORD" | md5sum | cut -d' ' -f1)"`);
    const cmd = renderCode(program, 'curl-cmd');
    expect(cmd).toContain('%WBTEAMPRO_PASSWORD_MD5%');
    expect(cmd).toContain('WBTEAMPRO_PASSWORD_MD5  the lowercase hex MD5 of WBTEAMPRO_PASSWORD');
  });

  it('writes APSIS Basic auth natively: CURLOPT_USERPWD with an empty password, -u KEY:', () => {
    const program = buildProgram({
      request: {
        method: 'GET',
        url: 'https://se.api.anpdm.com:8443/v1/mailinglists/1/10',
        headers: [['Accept', 'application/json']],
        body: { kind: 'none' },
      },
      insecure: false,
      provider: {
        codegen: providerCodegens.apsis,
        context: { baseUrl: 'https://se.api.anpdm.com:8443', fields: {}, secretsSet: new Set(['apiKey']) },
      },
    });
    expect(renderCode(program, 'php-curl')).toContain("CURLOPT_USERPWD => getenv('APSIS_API_KEY') . ':'");
    expect(renderCode(program, 'curl')).toContain(`-u "$APSIS_API_KEY"':'`);
    expect(renderCode(program, 'python-requests')).toContain("auth=(os.environ['APSIS_API_KEY'], '')");
  });

  it('trades the webCRM authCode for a token before the call, in every target', () => {
    const program = buildProgram({
      request: {
        method: 'GET',
        url: 'https://api.webcrm.com/Persons',
        headers: [['Accept', 'application/json']],
        body: { kind: 'none' },
      },
      insecure: false,
      provider: {
        codegen: providerCodegens.webcrm,
        context: { baseUrl: 'https://api.webcrm.com', fields: {}, secretsSet: new Set(['applicationToken']) },
      },
    });
    for (const target of codeTargetIds) {
      const code = renderCode(program, target);
      const login = code.indexOf('/Auth/ApiLogin');
      expect(login, target).toBeGreaterThan(0);
      expect(code.indexOf('/Persons'), target).toBeGreaterThan(login);
      expect(code, target).toContain('WEBCRM_AUTH_CODE');
      expect(code, target).toContain('AccessToken');
    }
  });

  it('reads multipart files from their paths (never an empty part)', () => {
    const program = plain({
      method: 'POST',
      url: 'https://up.example.com/',
      headers: [],
      body: { kind: 'multipart', parts: [{ name: 'f', filePath: '/data/in put.bin', contentType: 'image/png' }] },
    });
    const expectations: Record<string, string> = {
      curl: `-F 'f=@"/data/in put.bin";filename="in put.bin";type=image/png'`,
      'php-curl': "new CURLFile('/data/in put.bin', 'image/png', 'in put.bin')",
      'php-guzzle': "fopen('/data/in put.bin', 'r')",
      'python-requests': "open('/data/in put.bin', 'rb')",
      node: "await readFile('/data/in put.bin')",
      go: 'os.Open("/data/in put.bin")',
      csharp: 'File.ReadAllBytes("/data/in put.bin")',
      httpie: "'f@/data/in put.bin;type=image/png'",
      powershell: "Get-Item -LiteralPath '/data/in put.bin'",
    };
    for (const [target, fragment] of Object.entries(expectations))
      expect(renderCode(program, target as never), target).toContain(fragment);
  });
});
