import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../shared/request/draft';
import { tabTitle } from './tab-title';

describe('tabTitle', () => {
  it('keeps a saved or given name', () => {
    expect(tabTitle({ title: 'List users', draft: { ...emptyDraft('http'), url: 'https://x.test/a' } })).toBe(
      'List users',
    );
  });
  it('names a new plain request after its method and path', () => {
    const draft = { ...emptyDraft('http'), method: 'POST' as const, url: 'https://api.test/v1/items?page=2' };
    expect(tabTitle({ title: 'New request', draft })).toBe('POST /v1/items');
    expect(tabTitle({ title: 'New request', draft: { ...draft, url: '{{baseUrl}}/users' } })).toBe('POST /users');
  });
  it('stays "New request" while nothing is typed', () => {
    expect(tabTitle({ title: 'New request', draft: emptyDraft('http') })).toBe('New request');
  });
});
