/**
 * Edits on saved requests and folders: rename, duplicate, move, reorder, folders and their settings.
 * Each edit touches as few files as it can: a move rewrites one order line in each folder, never the
 * other requests.
 */
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import YAML from 'yaml';
import {
  collectionFileSchema,
  fileNameFor,
  type CollectionFolder,
  type CollectionItem,
  type FolderFile,
} from '../../shared/collections/format';
import { HandlerError } from '../../shared/ipc/errors';
import { absolute, baseName, folderOf, joinRelative, safeRelative, writeFailure } from './collection-paths';
import { readFolderSettings, writeFolderSettings } from './folder-settings';

export interface CollectionEditContext {
  readonly root: () => string;
  readItem(root: string, file: string): Promise<CollectionItem>;
  uniqueFile(root: string, folder: string, wanted: string): Promise<string>;
  writeAtomic(root: string, file: string, text: string | Buffer, what: string): Promise<void>;
  placeInOrder(root: string, folder: string, entry: string, index: number | null, force?: boolean): Promise<void>;
  dropFromOrder(root: string, folder: string, entry: string): Promise<number>;
}

export interface CollectionEdits {
  /** Renames the request (its `name` and its file name); its place in the order is kept. */
  rename(file: string, name: string): Promise<CollectionItem>;
  /** A copy named "<name> copy", right after the original. */
  duplicate(file: string): Promise<CollectionItem>;
  /** Moves a request to another folder, at `index` in that folder's order (the end when null). */
  move(file: string, toFolder: string, index: number | null): Promise<CollectionItem>;
  /** Sets a folder's order: file names and sub-folders (`name/`). Entries not given keep following by name. */
  reorder(folder: string, order: readonly string[]): Promise<void>;
  createFolder(parent: string, name: string): Promise<string>;
  renameFolder(folder: string, name: string): Promise<string>;
  /** Description, default profiles and variables of a folder (the order is kept). */
  updateFolder(folder: string, patch: Partial<Omit<FolderFile, 'parley' | 'order'>>): Promise<CollectionFolder>;
}

const folderSlug = (name: string) => fileNameFor(name).replace(/\.yaml$/, '');

/** A request file and its text with another name, formatting and comments kept. */
async function readRequest(root: string, file: string) {
  const text = await readFile(absolute(root, file), 'utf8').catch((error: unknown) => {
    throw writeFailure(error, `read ${file}`, file);
  });
  const parsed = collectionFileSchema.safeParse(YAML.parse(text));
  if (!parsed.success) throw new HandlerError('conflict', `${file} is not a readable Parley request; fix it first.`);
  const withName = (name: string) => {
    const document = YAML.parseDocument(text);
    document.set('name', name);
    return document.toString({ lineWidth: 0 });
  };
  return { data: parsed.data, withName };
}

export function createCollectionEdits(ctx: CollectionEditContext): CollectionEdits {
  const exists = (root: string, relative: string) =>
    stat(absolute(root, relative)).then(
      () => true,
      () => false,
    );

  const moveFile = async (root: string, from: string, to: string, what: string) => {
    try {
      await rename(absolute(root, from), absolute(root, to));
    } catch (error) {
      throw writeFailure(error, what, absolute(root, folderOf(to)));
    }
  };

  const edits: CollectionEdits = {
    async rename(file, name) {
      const root = ctx.root();
      const relative = safeRelative(file);
      const { data, withName } = await readRequest(root, relative);
      const folder = folderOf(relative);
      const wanted = fileNameFor(name);
      // Renaming `same-2.yaml` to its own name again keeps the file: only a new slug moves it.
      const sameFamily = new RegExp(`^${wanted.replace(/\.yaml$/, '')}(-\\d+)?\\.ya?ml$`);
      const target = sameFamily.test(baseName(relative)) ? relative : await ctx.uniqueFile(root, folder, wanted);
      // The new file is written before the old one goes: a failure leaves the original untouched.
      await ctx.writeAtomic(root, target, withName(name), `rename "${data.name}"`);
      if (target !== relative) {
        await unlink(absolute(root, relative));
        const index = await ctx.dropFromOrder(root, folder, baseName(relative));
        if (index >= 0) await ctx.placeInOrder(root, folder, baseName(target), index);
      }
      return ctx.readItem(root, target);
    },
    async duplicate(file) {
      const root = ctx.root();
      const relative = safeRelative(file);
      const { data, withName } = await readRequest(root, relative);
      const name = `${data.name} copy`.slice(0, 300);
      const folder = folderOf(relative);
      const target = await ctx.uniqueFile(root, folder, fileNameFor(name));
      await ctx.writeAtomic(root, target, withName(name), `duplicate "${data.name}"`);
      const { settings } = await readFolderSettings(absolute(root, folder));
      const at = settings.order.indexOf(baseName(relative));
      if (at >= 0) await ctx.placeInOrder(root, folder, baseName(target), at + 1);
      return ctx.readItem(root, target);
    },
    async move(file, toFolder, index) {
      const root = ctx.root();
      const relative = safeRelative(file);
      const to = safeRelative(toFolder);
      const from = folderOf(relative);
      if (!(await exists(root, relative))) throw writeFailure({ code: 'ENOENT' }, `move ${relative}`, relative);
      await mkdir(absolute(root, to), { recursive: true }).catch((error: unknown) => {
        throw writeFailure(error, `move ${relative}`, absolute(root, to));
      });
      const target = from === to ? relative : await ctx.uniqueFile(root, to, baseName(relative));
      if (target !== relative) await moveFile(root, relative, target, `move ${relative}`);
      if (from !== to) await ctx.dropFromOrder(root, from, baseName(relative));
      await ctx.placeInOrder(root, to, baseName(target), index, index !== null);
      return ctx.readItem(root, target);
    },
    async reorder(folder, order) {
      const root = ctx.root();
      const dir = absolute(root, safeRelative(folder));
      const { settings } = await readFolderSettings(dir);
      try {
        await writeFolderSettings(dir, {
          ...settings,
          order: order.map((entry) => baseName(entry.replace(/\/$/, '')) + (entry.endsWith('/') ? '/' : '')),
        });
      } catch (error) {
        throw writeFailure(error, 'save the order', dir);
      }
    },
    async createFolder(parent, name) {
      const root = ctx.root();
      const under = safeRelative(parent);
      const slug = folderSlug(name);
      const taken = new Set((await readdir(absolute(root, under)).catch(() => [])).map((n) => n.toLowerCase()));
      let chosen = slug;
      for (let n = 2; taken.has(chosen.toLowerCase()); n += 1) chosen = `${slug}-${n}`;
      const relative = joinRelative(under, chosen);
      try {
        await mkdir(absolute(root, relative), { recursive: true });
      } catch (error) {
        throw writeFailure(error, `create the folder "${name}"`, absolute(root, under));
      }
      await ctx.placeInOrder(root, under, `${chosen}/`, null);
      return relative;
    },
    async renameFolder(folder, name) {
      const root = ctx.root();
      const relative = safeRelative(folder);
      if (!relative) throw new HandlerError('conflict', 'The collection folder itself is renamed outside Parley.');
      const parent = folderOf(relative);
      const target = joinRelative(parent, folderSlug(name));
      if (target === relative) return relative;
      if (await exists(root, target))
        throw new HandlerError(
          'conflict',
          `A folder named "${baseName(target)}" already exists here. Nothing was renamed.`,
        );
      await moveFile(root, relative, target, `rename the folder "${baseName(relative)}"`);
      const index = await ctx.dropFromOrder(root, parent, `${baseName(relative)}/`);
      if (index >= 0) await ctx.placeInOrder(root, parent, `${baseName(target)}/`, index);
      return target;
    },
    async updateFolder(folder, patch) {
      const root = ctx.root();
      const relative = safeRelative(folder);
      const dir = absolute(root, relative);
      const { settings } = await readFolderSettings(dir);
      const next = { ...settings, ...patch };
      try {
        await writeFolderSettings(dir, next);
      } catch (error) {
        throw writeFailure(error, 'save the folder settings', dir);
      }
      return { path: relative, name: relative ? baseName(relative) : baseName(root), settings: next, error: null };
    },
  };
  return edits;
}
