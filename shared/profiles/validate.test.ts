import { describe, expect, it } from 'vitest';
import type { ProfileFieldSpec } from '../providers/types';
import { checkBaseUrl, validateProfile } from './validate';
import { baseUrlRule } from './base-url-rule';
import { providerDefinition } from '../providers/registry';

const specs: ProfileFieldSpec[] = [
  {
    key: 'apiKey',
    label: 'API key',
    secret: true,
    required: true,
    pattern: { regex: '[A-Za-z0-9-]+', message: 'APSIS keys use letters, digits and -' },
  },
  {
    key: 'token',
    label: 'Application token',
    secret: true,
    required: false,
    pattern: {
      regex: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
      message: 'The token is a GUID',
    },
  },
  {
    key: 'region',
    label: 'Region',
    secret: false,
    required: true,
    options: [
      { value: 'se', label: 'Sweden' },
      { value: 'com', label: 'International' },
    ],
  },
  {
    key: 'state',
    label: 'State',
    secret: false,
    required: false,
    pattern: { regex: '[A-Z]{2}', message: 'Two capital letters' },
  },
];

describe('profile validation', () => {
  it('accepts http, https and the built-in mock scheme, and explains everything else', () => {
    expect(checkBaseUrl('https://api.example.com/v1/')).toBeNull();
    expect(checkBaseUrl('mock://apsis')).toBeNull();
    expect(checkBaseUrl('api.example.com')).toMatch(/needs a scheme/);
    expect(checkBaseUrl('ftp://x.example')).toMatch(/http/);
    expect(checkBaseUrl('https://user:pw@x.example/')).toMatch(/credentials/);
    expect(checkBaseUrl(' https://x.example/')).toMatch(/spaces/);
  });

  it('checks patterns against the whole value, options, and required fields', () => {
    const issues = validateProfile(
      {
        name: 'x',
        baseUrl: 'https://a.example/',
        fields: { region: 'de', state: 'Texas' },
        secrets: { apiKey: 'abc def', token: 'not-a-guid' },
      },
      specs,
    );
    expect(issues).toEqual([
      { field: 'secrets.apiKey', message: 'APSIS keys use letters, digits and -' },
      { field: 'secrets.token', message: 'The token is a GUID' },
      { field: 'fields.region', message: 'Region must be one of: Sweden, International.' },
      { field: 'fields.state', message: 'Two capital letters' },
    ]);
  });

  it('counts a stored secret as present, but not one being cleared', () => {
    const values = { fields: { region: 'se' }, secrets: {} };
    expect(validateProfile(values, specs, new Set(['apiKey']))).toEqual([]);
    expect(validateProfile(values, specs)).toEqual([{ field: 'secrets.apiKey', message: 'API key is required.' }]);
    expect(validateProfile({ ...values, secrets: { apiKey: null } }, specs, new Set(['apiKey']))).toEqual([
      { field: 'secrets.apiKey', message: 'API key is required.' },
    ]);
    expect(
      validateProfile(
        { ...values, secrets: { apiKey: 'A1-b2', token: '0f8fad5b-d9cb-469f-a165-70867728950e' } },
        specs,
      ),
    ).toEqual([]);
  });

  it('flags bad and duplicate variable names', () => {
    const issues = validateProfile(
      {
        variables: [
          { name: 'ok', value: '1' },
          { name: 'ok', value: '2' },
          { name: '1bad', value: '' },
        ],
      },
      [],
    );
    expect(issues.map((issue) => issue.field)).toEqual(['variables.1', 'variables.2']);
  });

  it('asks for a base URL only where the profile sends to it', () => {
    const apsisSpecs = providerDefinition('apsis').profileFields;
    const apsis = (region: string) => ({ baseUrl: '', fields: { region }, secrets: { apiKey: 'A1-b2' } });
    const issuesOf = (values: ReturnType<typeof apsis>, sandbox: 'apsis' | 'http') =>
      validateProfile(values, apsisSpecs, new Set(), baseUrlRule(sandbox, values.fields)).map((i) => i.field);
    // Europe and Asia-Pacific name their host; Custom uses the base URL, so it must be there.
    expect(issuesOf(apsis('eu'), 'apsis')).toEqual([]);
    expect(issuesOf(apsis('apac'), 'apsis')).toEqual([]);
    expect(issuesOf(apsis('custom'), 'apsis')).toEqual(['baseUrl']);
    // Plain HTTP requests carry whole URLs: the base URL is optional, but a bad one is still an issue.
    expect(validateProfile({ baseUrl: '' }, [], new Set(), baseUrlRule('http', {}))).toEqual([]);
    expect(validateProfile({ baseUrl: 'api.example.com' }, [], new Set(), baseUrlRule('http', {}))).toHaveLength(1);
    // Every other provider needs its host.
    expect(validateProfile({ baseUrl: '' }, [], new Set(), baseUrlRule('webcrm', {}))).toHaveLength(1);
  });
});
