import { describe, expect, it } from 'vitest';
import { urlRuleText } from './UrlRule';

describe('the scheme rule shown under a Plain HTTP URL', () => {
  it('says where a URL without a scheme goes: the profile base URL, else http://', () => {
    expect(urlRuleText('items/1', 'https://api.example.com/v2/')).toContain('https://api.example.com/v2/items/1');
    expect(urlRuleText('api.example.com/items', null)).toContain('http://api.example.com/items');
    expect(urlRuleText('https://api.example.com/items', 'https://other.example')).toBeNull();
    expect(urlRuleText('{{baseUrl}}/items', null)).toBeNull();
    expect(urlRuleText('', 'https://api.example.com')).toBeNull();
  });
});
