/**
 * Questions only main may ask: confirmations naming where secrets would go, and the file and folder
 * pickers whose answers the renderer never gets to invent. The app shows Electron's native dialogs
 * (electron-dialogs.ts); tests and the e2e harness answer with a scripted double (dialog-double.ts).
 */
export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** The label of the button that goes ahead; the other one cancels. */
  readonly confirmLabel: string;
}

export interface ChoiceRequest {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** The labels of the buttons that go ahead, in order; a Cancel button is added after them. */
  readonly choices: readonly string[];
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  readonly title: string;
  readonly defaultName: string;
  readonly filters?: readonly FileFilter[];
}

export interface OpenRequest {
  readonly title: string;
  readonly filters?: readonly FileFilter[];
}

export interface MainDialogs {
  /** True when the user chose the confirm button. */
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** The index of the choice the user made, or null when they cancelled. */
  choose(request: ChoiceRequest): Promise<number | null>;
  /** The absolute path the user chose to save to, or null when cancelled. */
  saveFile(request: SaveFileRequest): Promise<string | null>;
  /** The absolute path of an existing file the user picked, or null when cancelled. */
  openFile(request: OpenRequest): Promise<string | null>;
  /** The absolute path of a folder the user picked, or null when cancelled. */
  openFolder(request: OpenRequest): Promise<string | null>;
}
