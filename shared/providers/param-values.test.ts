import { describe, expect, it } from 'vitest';
import type { ParamSpec } from './catalog';
import { checkParams, coerceParam } from './param-values';

const specs: ParamSpec[] = [
  { name: 'email', in: 'params', type: 'string', required: true },
  { name: 'order_amount', in: 'params', type: 'decimal', required: true },
  { name: 'state', in: 'params', type: 'string', required: false, pattern: '^[A-Z]{2}$' },
  { name: 'Size', in: 'query', type: 'integer', required: false, maximum: 1000 },
  { name: 'status', in: 'params', type: 'string', required: false, enum: ['active', 'closed'] },
];

describe('parameter checks', () => {
  it('names every missing, mistyped or out-of-range parameter', () => {
    const problems = checkParams(specs, { order_amount: 'abc', state: 'California', Size: 5000, status: 'Active' });
    expect(problems.map((p) => p.param)).toEqual(['email', 'order_amount', 'state', 'Size', 'status']);
    expect(problems.find((p) => p.param === 'status')?.message).toContain('exact case');
  });

  it('passes valid values and coerces form text to the catalog type', () => {
    expect(checkParams(specs, { email: 'a@b.c', order_amount: '117.45', state: 'CA', Size: 100 })).toEqual([]);
    expect(coerceParam(specs[3] as ParamSpec, '25')).toBe(25);
    expect(coerceParam(specs[0] as ParamSpec, '')).toBeUndefined();
  });
});
