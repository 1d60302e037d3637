import { describe, expect, it } from 'vitest';
import type { ParamSpec } from './catalog';
import { joinUrl } from '../request/url';
import { checkParams, coerceParam, expectedFormat, paramVerdict } from './param-check';
import { buildWhmcsClientApiRequest } from './whmcs-clientapi/build';

const spec = (extra: Partial<ParamSpec>): ParamSpec => ({
  name: 'value',
  in: 'params',
  type: 'string',
  required: false,
  ...extra,
});

describe('parameter checks', () => {
  it('accepts what the catalog allows and skips empty optional values', () => {
    expect(
      checkParams([spec({ type: 'decimal', required: true }), spec({ name: 'state', pattern: '^[A-Za-z]{2}$' })], {
        value: '117.45',
        state: '',
      }),
    ).toEqual([]);
  });

  it('names each parameter with what is wrong and what it got', () => {
    const problems = checkParams(
      [
        spec({ name: 'count', type: 'integer', minimum: 1 }),
        spec({ name: 'cycle', enum: ['Monthly', 'Quarterly'] }),
        spec({ name: 'flag', type: 'boolean' }),
        spec({ name: 'email', required: true }),
      ],
      { count: '0', cycle: 'Yearly', flag: 'yes' },
    );
    expect(problems).toEqual([
      { param: 'count', message: 'count must be at least 1 (got "0")' },
      { param: 'cycle', message: 'cycle must be one of Monthly, Quarterly (got "Yearly")' },
      { param: 'flag', message: 'flag must be true or false (got "yes")' },
      { param: 'email', message: 'email is required' },
    ]);
  });

  it('joins base URLs and paths with exactly one slash, and lets absolute paths win', () => {
    expect(joinUrl('https://a.example/api/', '/x.php')).toBe('https://a.example/api/x.php');
    expect(joinUrl('https://a.example/api', 'x.php')).toBe('https://a.example/api/x.php');
    expect(joinUrl('https://a.example/api', 'https://b.example/poll.json')).toBe('https://b.example/poll.json');
  });
});

describe('form values', () => {
  it('coerces form text to the catalog type, and an empty field to "not sent"', () => {
    expect(coerceParam({ name: 'Size', in: 'query', type: 'integer', required: false }, '25')).toBe(25);
    expect(coerceParam({ name: 'flag', in: 'query', type: 'boolean', required: false }, 'false')).toBe(false);
    expect(coerceParam({ name: 'email', in: 'params', type: 'string', required: true }, '')).toBeUndefined();
  });
});

describe('messages about a value’s format', () => {
  it('say what a date should look like, never the regular expression', () => {
    const [problem] = checkParams(
      [spec({ name: 'timelog_start', pattern: '^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?$' })],
      { timelog_start: 'tomorrow' },
    );
    expect(problem?.message).toBe('timelog_start must be a date and time like 2026-12-02 14:30 (got "tomorrow")');
    expect(problem?.message).not.toMatch(/\\d|\^|\$/);
  });

  it('fall back to the catalog’s example and description', () => {
    const ip = spec({ name: 'ip', pattern: '^(\\d{1,3}\\.){3}\\d{1,3}$', example: '203.0.113.10' });
    expect(expectedFormat(ip)).toBe('like 203.0.113.10');
    expect(expectedFormat({ ...ip, description: 'The licensed IP.' })).toBe('like 203.0.113.10 (The licensed IP)');
  });
});

describe('Send anyway', () => {
  it('turns the catalog’s refusals into warnings that say the request went out without them', () => {
    const problems = [{ param: 'product', message: 'product is required' }];
    expect(paramVerdict(problems, false)).toEqual({ errors: problems, warnings: [] });
    expect(paramVerdict(problems, true)).toEqual({ errors: [], warnings: ['Sent anyway: product is required.'] });
  });

  it('sends a WHMCS call with a required parameter empty, and still refuses one without a base URL', () => {
    const draft = { endpointId: 'cpanellicensing/order', params: {} };
    const lenient = buildWhmcsClientApiRequest(
      draft,
      { baseUrl: 'https://billing.example.com', fields: {} },
      {
        lenient: true,
      },
    );
    expect(lenient).toMatchObject({
      ok: true,
      warnings: expect.arrayContaining([expect.stringMatching(/^Sent anyway: product is required/)]),
    });
    expect(buildWhmcsClientApiRequest(draft, { baseUrl: '', fields: {} }, { lenient: true })).toMatchObject({
      ok: false,
    });
  });
});
