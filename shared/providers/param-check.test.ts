import { describe, expect, it } from 'vitest';
import type { ParamSpec } from './catalog';
import { joinUrl } from '../request/url';
import { checkParams, coerceParam } from './param-check';

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
