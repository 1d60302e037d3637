import { describe, expect, it } from 'vitest';
import { joinUrl, rowsFromTyped, splitUrl, typedMatchesDraft } from './url-query';

describe('URL and query rows', () => {
  it('splits a typed URL into the URL and decoded pairs, keeping the fragment', () => {
    expect(splitUrl('http://h/items?x=a%20b&y=2&flag#top')).toEqual({
      url: 'http://h/items#top',
      pairs: [
        { name: 'x', value: 'a b' },
        { name: 'y', value: '2' },
        { name: 'flag', value: '' },
      ],
    });
    expect(splitUrl('http://h/items?')).toEqual({ url: 'http://h/items', pairs: [] });
  });

  it('joins enabled rows back, encoded, variables readable', () => {
    const rows = [
      { name: 'x', value: 'a b', enabled: true },
      { name: 'off', value: '1', enabled: false },
      { name: 'token', value: '{{token}}', enabled: true },
    ];
    expect(joinUrl('http://h/items#top', rows)).toBe('http://h/items?x=a%20b&token={{token}}#top');
  });

  it('round-trips what the field shows', () => {
    const typed = 'http://h/items?x=a%20b&y=3';
    const { url, pairs } = splitUrl(typed);
    expect(joinUrl(url, rowsFromTyped(pairs, []))).toBe(typed);
  });

  it('keeps disabled rows when the field is edited', () => {
    const rows = rowsFromTyped([{ name: 'a', value: '1' }], [{ name: 'b', value: '2', enabled: false }]);
    expect(rows).toEqual([
      { name: 'a', value: '1', enabled: true },
      { name: 'b', value: '2', enabled: false },
    ]);
  });
});

describe('the text being typed', () => {
  it('stays while it is the draft, and gives way when something else changed the draft', () => {
    const rows = [{ name: 'a b', value: '1', enabled: true }];
    expect(typedMatchesDraft('http://x.test/p?a+b=1', 'http://x.test/p', rows)).toBe(true);
    expect(typedMatchesDraft('http://x.test/p?a b=1', 'http://x.test/p', rows)).toBe(true);
    expect(typedMatchesDraft('http://x.test/p?a+b=1', 'http://x.test/edited-outside', rows)).toBe(false);
    expect(typedMatchesDraft('http://x.test/p?a+b=2', 'http://x.test/p', rows)).toBe(false);
  });
});
