/**
 * The right-click menu of text: cut/copy/paste/select all in fields (with spelling suggestions where the
 * system checks spelling), copy on selected text elsewhere. Monaco draws its own menu and prevents this one.
 */
import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

type MenuParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'
>;

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

export function contextMenuTemplate(params: MenuParams, spelling: SpellingActions): MenuItemConstructorOptions[] {
  if (!params.isEditable) {
    return params.selectionText.trim() === '' ? [] : [{ role: 'copy', enabled: params.editFlags.canCopy }];
  }
  const suggestions: MenuItemConstructorOptions[] = params.misspelledWord
    ? [
        ...params.dictionarySuggestions.map((word) => ({
          label: word,
          click: () => spelling.replaceMisspelling(word),
        })),
        { label: 'Add to Dictionary', click: () => spelling.addToDictionary(params.misspelledWord) },
        { type: 'separator' },
      ]
    : [];
  return [
    ...suggestions,
    { role: 'cut', enabled: params.editFlags.canCut },
    { role: 'copy', enabled: params.editFlags.canCopy },
    { role: 'paste', enabled: params.editFlags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', enabled: params.editFlags.canSelectAll },
  ];
}

/** Shows the menu on right-click; `popup` builds and opens it (Electron's Menu in main.ts). */
export function attachContextMenu(
  contents: WebContents,
  popup: (template: MenuItemConstructorOptions[]) => void,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) popup(template);
  });
}
