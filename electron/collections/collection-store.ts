/**
 * Saved requests as files in a folder the user chooses (a git checkout, typically), in nested folders
 * with an explicit order (`folder.parley.yaml`). Reads tolerate anything: a malformed file is listed with
 * its error. Writes are atomic and never contain a secret: a secret value found in a request is written as
 * the `{{variable}}` that resolves to it, and a credential typed in clear (an Authorization header, an
 * `api_key` parameter) is written as a reference too (or masked when nothing can hold it).
 */
import { watch, type FSWatcher } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import {
  COLLECTION_FORMAT_VERSION,
  collectionFileSchema,
  fileNameFor,
  FOLDER_FILE,
  type CollectionFile,
  type CollectionFolder,
  type CollectionItem,
  type CollectionListing,
} from '../../shared/collections/format';
import { HandlerError } from '../../shared/ipc/errors';
import type { RequestDraft } from '../../shared/request/draft';
import { encodedForms, redactDeep, replacer } from '../../shared/request/redact';
import { absolute, baseName, folderOf, joinRelative, safeRelative, writeFailure } from './collection-paths';
import { createCollectionEdits, type CollectionEdits } from './collection-edits';
import { applyOrder, readFolderSettings, writeFolderSettings } from './folder-settings';
import { scrubCredentials, type CredentialKeeper } from './credential-scrub';

export interface SecretReference {
  readonly value: string;
  /** The variable name that resolves to this secret through the profile. */
  readonly variable: string;
}

export interface CollectionStoreDeps {
  readonly folder: () => string;
  readonly profileIdByName: (providerId: RequestDraft['sandbox'], name: string) => string | null;
  readonly profileName: (profileId: string) => string | null;
  /** Every secret the vault holds, so none is ever written to a collection file. */
  readonly secrets: () => readonly SecretReference[];
  readonly onChange: (dir: string) => void;
  /** Turns a credential typed in clear into a secret variable; without it the value is masked in the file. */
  readonly keepCredential?: CredentialKeeper;
}

export interface SaveInput {
  readonly name: string;
  readonly draft: RequestDraft;
  /** Path of the file to overwrite; null for a new file. */
  readonly file: string | null;
  /** Folder for a new file (`a/b`, '' or absent for the top). */
  readonly folder?: string;
  /** The request's description; absent keeps the one the file already has. */
  readonly description?: string;
}

export interface CollectionStore extends CollectionEdits {
  list(): Promise<CollectionListing>;
  save(input: SaveInput): Promise<CollectionItem>;
  /** Deletes a request file, keeping its bytes so `undoRemove` can put it back exactly. */
  remove(file: string): Promise<boolean>;
  /** Restores the last deleted copy of `file` byte for byte, at its place in the order. */
  undoRemove(file: string): Promise<CollectionItem>;
  /** (Re)starts watching the current folder for changes made outside the app. */
  watch(): Promise<void>;
  close(): void;
}

const isCollectionFile = (name: string) =>
  /\.(ya?ml|json)$/i.test(name) && !name.startsWith('.') && name !== FOLDER_FILE;
const isFolderName = (name: string) => !name.startsWith('.') && name !== 'node_modules';

/**
 * The file's content with every secret (of any length, in any encoding main writes) replaced by the
 * `{{variable}}` that resolves to it — field by field, before YAML escaping could hide a secret.
 */
function withoutSecrets(content: CollectionFile, secrets: readonly SecretReference[]): CollectionFile {
  const variableOf = new Map<string, string>();
  for (const secret of [...secrets].sort((a, b) => a.value.length - b.value.length))
    for (const form of encodedForms(secret.value)) variableOf.set(form, secret.variable);
  const replace = replacer([...variableOf.keys()], (match) => `{{${variableOf.get(match) ?? ''}}}`);
  return redactDeep(content, replace);
}

/**
 * True when the file is one Parley wrote: a regular file (not a link to elsewhere) that reads as a Parley
 * request. Saving over or deleting anything else is refused, whatever name the renderer sends.
 */
async function isParleyFile(full: string): Promise<boolean> {
  try {
    if (!(await lstat(full)).isFile()) return false;
    const text = await readFile(full, 'utf8');
    const raw: unknown = full.toLowerCase().endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
    return collectionFileSchema.safeParse(raw).success;
  } catch {
    return false;
  }
}

const exists = (full: string) =>
  lstat(full).then(
    () => true,
    () => false,
  );

/** Overwriting or deleting is refused for an existing file Parley did not write. */
async function refuseUnlessParleyFile(full: string, relative: string): Promise<void> {
  if ((await exists(full)) && !(await isParleyFile(full)))
    throw new HandlerError('conflict', `${relative} is not a Parley request file: it was left untouched.`);
}

export function createCollectionStore(deps: CollectionStoreDeps): CollectionStore {
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | null = null;
  /** Deleted files' exact bytes and their place in the order, for undo. */
  const deleted = new Map<string, { bytes: Buffer; index: number }>();

  const readItem = async (root: string, file: string): Promise<CollectionItem> => {
    const full = absolute(root, file);
    const modifiedAt = (await stat(full)).mtime.toISOString();
    const folder = folderOf(file);
    const fallbackName = baseName(file).replace(/\.(ya?ml|json)$/i, '');
    const broken = (error: string): CollectionItem => ({
      file,
      folder,
      name: fallbackName,
      sandbox: null,
      draft: null,
      profileName: null,
      error,
      modifiedAt,
    });
    try {
      const text = await readFile(full, 'utf8');
      const raw: unknown = file.toLowerCase().endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
      const parsed = collectionFileSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        return broken(`Not a Parley request${where}: ${issue?.message ?? 'unknown problem'}`);
      }
      const { name, description, profile, request } = parsed.data;
      const profileId = profile ? deps.profileIdByName(request.sandbox, profile) : null;
      return {
        file,
        folder,
        name,
        ...(description ? { description } : {}),
        sandbox: request.sandbox,
        draft: { ...request, profileId },
        profileName: profile,
        error: null,
        modifiedAt,
      };
    } catch (error) {
      return broken(`Cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };

  const walk = async (
    root: string,
    folder: string,
    items: CollectionItem[],
    folders: CollectionFolder[],
  ): Promise<void> => {
    const dir = absolute(root, folder);
    const entries = await readdir(dir, { withFileTypes: true });
    const { settings, error } = await readFolderSettings(dir);
    folders.push({ path: folder, name: folder ? baseName(folder) : path.basename(root), settings, error });
    const names = entries
      .filter((e) => (e.isDirectory() ? isFolderName(e.name) : isCollectionFile(e.name)))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    for (const entry of applyOrder(names, settings.order)) {
      if (entry.endsWith('/')) await walk(root, joinRelative(folder, entry.slice(0, -1)), items, folders);
      else items.push(await readItem(root, joinRelative(folder, entry)));
    }
  };

  const uniqueFile = async (root: string, folder: string, wanted: string): Promise<string> => {
    const existing = new Set((await readdir(absolute(root, folder)).catch(() => [])).map((n) => n.toLowerCase()));
    const free = (name: string) => !existing.has(name.toLowerCase());
    if (free(wanted)) return joinRelative(folder, wanted);
    const base = wanted.replace(/\.(ya?ml|json)$/i, '');
    for (let n = 2; ; n += 1) if (free(`${base}-${n}.yaml`)) return joinRelative(folder, `${base}-${n}.yaml`);
  };

  const writeAtomic = async (root: string, file: string, text: string | Buffer, what: string) => {
    const target = absolute(root, file);
    const temp = path.join(path.dirname(target), `.${baseName(file)}.${process.pid}.tmp`);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temp, text);
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw writeFailure(error, what, path.dirname(target));
    }
  };

  /** Puts `entry` into its folder's order at `index` (or the end) when the folder keeps one. */
  const placeInOrder = async (root: string, folder: string, entry: string, index: number | null, force = false) => {
    const dir = absolute(root, folder);
    const { settings } = await readFolderSettings(dir);
    if (settings.order.length === 0 && !force) return;
    const entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => (e.isDirectory() ? isFolderName(e.name) : isCollectionFile(e.name)))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    const order = applyOrder(entries, settings.order).filter((e) => e !== entry);
    order.splice(index === null ? order.length : Math.min(index, order.length), 0, entry);
    await writeFolderSettings(dir, { ...settings, order });
  };

  const dropFromOrder = async (root: string, folder: string, entry: string): Promise<number> => {
    const dir = absolute(root, folder);
    const { settings } = await readFolderSettings(dir);
    const index = settings.order.indexOf(entry);
    if (index >= 0) await writeFolderSettings(dir, { ...settings, order: settings.order.filter((e) => e !== entry) });
    return index;
  };

  const serialise = (name: string, draft: RequestDraft, folder: string, description: string | undefined): string => {
    const { profileId, ...request } = draft;
    const content: CollectionFile = {
      parley: COLLECTION_FORMAT_VERSION,
      name,
      ...(description ? { description } : {}),
      profile: profileId ? deps.profileName(profileId) : null,
      request: scrubCredentials(request, folder, deps.keepCredential),
    };
    return YAML.stringify(withoutSecrets(content, deps.secrets()), { lineWidth: 0 });
  };

  const context = {
    root: deps.folder,
    readItem,
    uniqueFile,
    writeAtomic,
    placeInOrder,
    dropFromOrder,
  };

  const store: CollectionStore = {
    ...createCollectionEdits(context),
    async list() {
      const root = deps.folder();
      await mkdir(root, { recursive: true });
      const items: CollectionItem[] = [];
      const folders: CollectionFolder[] = [];
      await walk(root, '', items, folders);
      return { dir: root, items, folders };
    },
    async save({ name, draft, file, folder, description }) {
      const root = deps.folder();
      const target = file ? safeRelative(file) : await uniqueFile(root, safeRelative(folder ?? ''), fileNameFor(name));
      if (file) await refuseUnlessParleyFile(absolute(root, target), target);
      const kept = description ?? (file ? (await readItem(root, target)).description : undefined);
      await writeAtomic(root, target, serialise(name, draft, folderOf(target), kept), `save "${name}"`);
      if (!file) await placeInOrder(root, folderOf(target), baseName(target), null);
      return readItem(root, target);
    },
    async remove(file) {
      const root = deps.folder();
      const relative = safeRelative(file);
      await refuseUnlessParleyFile(absolute(root, relative), relative);
      try {
        const bytes = await readFile(absolute(root, relative));
        await unlink(absolute(root, relative));
        const index = await dropFromOrder(root, folderOf(relative), baseName(relative));
        deleted.set(relative, { bytes, index });
        return true;
      } catch {
        return false;
      }
    },
    async undoRemove(file) {
      const root = deps.folder();
      const relative = safeRelative(file);
      const kept = deleted.get(relative);
      if (!kept) throw writeFailure({ code: 'ENOENT' }, `restore ${relative}`, 'The deleted copy');
      const target = await uniqueFile(root, folderOf(relative), baseName(relative));
      await writeAtomic(root, target, kept.bytes, `restore ${relative}`);
      deleted.delete(relative);
      if (kept.index >= 0) await placeInOrder(root, folderOf(target), baseName(target), kept.index);
      return readItem(root, target);
    },
    async watch() {
      store.close();
      const dir = deps.folder();
      await mkdir(dir, { recursive: true });
      watcher = watch(dir, { recursive: true }, (_event, name) => {
        if (typeof name === 'string' && name.endsWith('.tmp')) return;
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(() => deps.onChange(dir), 150);
      });
      watcher.on('error', () => store.close());
    },
    close() {
      if (debounce) clearTimeout(debounce);
      watcher?.close();
      watcher = null;
    },
  };
  return store;
}
