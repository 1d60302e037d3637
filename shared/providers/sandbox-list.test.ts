import { describe, expect, it } from 'vitest';
import { providerModules } from './registry';
import { sandboxes } from './sandbox-list';
import { sandboxList } from './sandboxes';

describe('the first paint’s sandbox list', () => {
  it('is the registry’s list: every provider, in sidebar order, with its own badge', () => {
    expect(sandboxes).toEqual(sandboxList(providerModules));
  });
});
