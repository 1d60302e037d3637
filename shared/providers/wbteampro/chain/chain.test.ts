import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainPath, formatChain } from './format';
import { chainMethods, responseFormats } from './methods';
import { actionString, chainForMethod, chainKeys, methodForChain, urlStyles, verbsForChain, type Chain } from './model';
import { parseChain } from './parse';

/** Every chain the builder can make: a method of the table, a digit id where it needs one, a format. */
const builderChain: fc.Arbitrary<Chain> = fc
  .record({
    method: fc.constantFrom(...chainMethods),
    id: fc.stringMatching(/^[1-9][0-9]{0,9}$/),
    format: fc.constantFrom(...responseFormats),
  })
  .map(({ method, id, format }) => chainForMethod(method, id, format));

const chainTokens = [
  'v1',
  'v2',
  'projects',
  'actions',
  'api',
  'resources',
  'config',
  'topics',
  'bythread',
  'files',
  'download',
  '100',
  '{project_id}',
  'json',
  'xml',
  'api.php',
  'api',
  'action=',
  '?',
  '&',
  '/',
  '.',
  '%',
  '%2',
  '#',
  'https://x',
  ' ',
];

describe('format → parse', () => {
  it('returns the same chain in all three URL styles, as a relative path and as a full URL', () => {
    fc.assert(
      fc.property(builderChain, fc.constantFrom(...urlStyles), (chain, style) => {
        const relative = parseChain(chainPath(chain, style));
        expect(relative).toMatchObject({ ok: true, chain, style });
        const relativePath = chainPath(chain, style);
        const joiner = relativePath.includes('?') ? '&' : '?';
        const full = parseChain(
          `https://billing.example.com/modules/addons/wbteampro/${relativePath}${joiner}params=%7B%7D`,
        );
        expect(full).toMatchObject({ ok: true, chain, style });
      }),
    );
  });

  it('reads the bare chain with dots and with slashes', () => {
    fc.assert(
      fc.property(builderChain, (chain) => {
        expect(parseChain(actionString(chain))).toMatchObject({ ok: true, chain, style: null });
        expect(parseChain(chainKeys(chain).join('/'))).toMatchObject({ ok: true, chain, style: null });
      }),
    );
  });

  it('every chain resolves to at least one method of the reference, and each verb to its method name', () => {
    fc.assert(
      fc.property(builderChain, (chain) => {
        const verbs = verbsForChain(chain);
        expect(verbs.length).toBeGreaterThan(0);
        for (const verb of verbs) expect(methodForChain(chain, verb)?.verb).toBe(verb);
      }),
    );
  });
});

describe('parse never throws', () => {
  const checkLocated = (text: string) => {
    const result = parseChain(text);
    if (!result.ok) {
      expect(result.error.message.length).toBeGreaterThan(0);
      expect(result.error.offset).toBeGreaterThanOrEqual(0);
      expect(result.error.offset + result.error.length).toBeLessThanOrEqual(text.length);
    }
  };

  it('on arbitrary strings it returns a chain or a located error', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), checkLocated), { numRuns: 2000 });
  });

  it('on near-miss chains and URLs too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chainTokens), { maxLength: 12 }).map((parts) => parts.join('')),
        checkLocated,
      ),
      { numRuns: 3000 },
    );
  });
});

describe('what a user sees for a bad paste', () => {
  const errorOf = (text: string) => {
    const result = parseChain(text);
    if (result.ok) throw new Error(`expected an error for ${text}`);
    return { ...result.error, at: text.slice(result.error.offset, result.error.offset + result.error.length) };
  };

  it('points at an unknown resource', () => {
    const error = errorOf('https://x.test/modules/addons/wbteampro/api.php/v1/projcts/100/json');
    expect(error.at).toBe('projcts');
    expect(error.message).toMatch(/Unknown resource "projcts"/);
  });

  it('points at a sub-resource the position does not allow and lists what it does', () => {
    const error = errorOf('v1.projects.100.bythread.json');
    expect(error.at).toBe('bythread');
    expect(error.message).toContain('actions, topics, files, whmcstickets, timelogs');
  });

  it('says the version or the format is missing', () => {
    expect(errorOf('projects.100.json').message).toMatch(/starts with the API version/);
    expect(errorOf('v1.projects.100').message).toMatch(/Missing the response format/);
    expect(errorOf('v1.projects.100.yaml').at).toBe('yaml');
  });

  it('refuses the reference placeholder and an id where none is allowed', () => {
    expect(errorOf('v1.projects.{project_id}.json').at).toBe('{project_id}');
    expect(errorOf('v1.config.7.json').message).toBe('config takes no record id');
  });

  it('points inside the action parameter of a direct URL', () => {
    const text = '/api.php?params=%7B%7D&action=v1.tickets.json';
    expect(errorOf(text).at).toBe('tickets');
  });

  it('keeps the other query pairs of a pasted URL', () => {
    const result = parseChain('api.php?action=v1.actions.json&params%5Bproject_id%5D=100&method=get');
    expect(result).toMatchObject({
      ok: true,
      style: 'direct',
      query: [
        ['params[project_id]', '100'],
        ['method', 'get'],
      ],
    });
  });

  it('formats the direct style with the action in the query', () => {
    expect(
      formatChain({ version: 'v1', resource: 'projects', id: '100', sub: 'actions', format: 'xml' }, 'direct'),
    ).toEqual({ path: 'api.php', query: [['action', 'v1.projects.100.actions.xml']] });
  });
});
