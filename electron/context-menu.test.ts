import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuParams } from 'electron';
import { contextMenuTemplate } from './context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } as ContextMenuParams['editFlags'];
const params = (over: Partial<ContextMenuParams>) => ({
  isEditable: false,
  selectionText: '',
  editFlags: flags,
  misspelledWord: '',
  dictionarySuggestions: [],
  ...over,
});

describe('the text context menu', () => {
  it('offers cut, copy, paste and select all in a text field', () => {
    const template = contextMenuTemplate(params({ isEditable: true }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
    });
    expect(template.filter((item) => item.role).map((item) => item.role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('offers spelling suggestions for a misspelled word, and applies the chosen one', () => {
    const spelling = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }),
      spelling,
    );
    expect(template.slice(0, 3).map((item) => item.label)).toEqual(['receive', 'relieve', 'Add to Dictionary']);
    (template[0]?.click as () => void)();
    expect(spelling.replaceMisspelling).toHaveBeenCalledWith('receive');
    (template[2]?.click as () => void)();
    expect(spelling.addToDictionary).toHaveBeenCalledWith('recieve');
  });

  it('offers Copy on selected text outside fields, and nothing where nothing is selected', () => {
    const spelling = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(contextMenuTemplate(params({ selectionText: '200 OK' }), spelling)).toEqual([
      { role: 'copy', enabled: true },
    ]);
    expect(contextMenuTemplate(params({}), spelling)).toEqual([]);
  });
});
