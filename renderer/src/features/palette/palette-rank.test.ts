import { describe, expect, it } from 'vitest';
import { rankEntries } from './palette-rank';

const entry = (label: string, detail = '', kind = 'Endpoint') => ({ label, detail, kind });

describe('palette ranking', () => {
  it('puts the exact name first, then names starting with the query, then the rest', () => {
    const entries = [
      entry('Update mailing lists of a subscriber', 'APSIS'),
      entry('Get mailing lists for subscriber', 'APSIS'),
      entry('Get mailing lists', 'APSIS'),
      entry('Something', 'get mailing lists in its detail'),
    ];
    expect(rankEntries(entries, 'Get mailing lists').map((e) => e.label)).toEqual([
      'Get mailing lists',
      'Get mailing lists for subscriber',
      'Something',
    ]);
  });

  it('matches every word anywhere, in any order', () => {
    const entries = [entry('Theme: dark', 'Switch the colours', 'Command'), entry('Dark matter', 'x')];
    expect(rankEntries(entries, 'dark theme').map((e) => e.label)).toEqual(['Theme: dark']);
  });

  it('ranks a word that starts with the query above a match inside a word', () => {
    const entries = [entry('Subscriptions'), entry('List scripts')];
    expect(rankEntries(entries, 'scr').map((e) => e.label)).toEqual(['List scripts', 'Subscriptions']);
  });

  it('keeps everything in order for an empty query', () => {
    expect(rankEntries([entry('b'), entry('a')], '  ').map((e) => e.label)).toEqual(['b', 'a']);
  });
});
