import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defineProviderModules } from '../../../shared/providers/module';
import { providerModules } from '../../../shared/providers/registry';
import { sandboxes, sandboxList } from '../../../shared/providers/sandboxes';
import { fakeProviderModule } from '../../../shared/providers/testing/fake-provider';
import { SandboxNav } from './SandboxNav';

const names = (html: string) => [...html.matchAll(/<span>([^<]+)<\/span>/g)].map((match) => match[1]);

describe('the sidebar list', () => {
  it('shows plain HTTP and every registered provider, each badge in its module’s colour', () => {
    const html = renderToStaticMarkup(<SandboxNav sandboxes={sandboxes} active="http" onSelect={() => undefined} />);
    expect(names(html)).toEqual(sandboxes.map((sandbox) => sandbox.name));
    expect(html).toContain('background-color:#00796b');
  });

  it('lists a sixth provider registered next to the five', () => {
    const list = sandboxList(defineProviderModules({ ...providerModules, fake: fakeProviderModule }));
    const html = renderToStaticMarkup(<SandboxNav sandboxes={list} active="fake" onSelect={() => undefined} />);
    expect(names(html).at(-1)).toBe('Fake CRM');
    expect(html).toContain('data-sandbox="fake" title="Only in tests."');
    expect(html).toContain('background-color:#123456');
  });
});
