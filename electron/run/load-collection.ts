/**
 * Reads what `parley run` runs: a collection folder (recursively, folders in name order, requests in
 * their saved order) or single request files, parsed with the app's own collection format. A file that
 * cannot be read stops the run before anything is sent, with the file and the reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { collectionFileSchema, FOLDER_FILE, type CollectionFile } from '../../shared/collections/format';
import { applyOrder, readFolderSettings } from '../collections/folder-settings';
import type { RequestDraft } from '../../shared/request/draft';
import type { RunItem } from './runner';

export class CollectionLoadError extends Error {}

const isRequestFile = (name: string) =>
  /\.(ya?ml|json)$/i.test(name) && !name.startsWith('.') && !name.startsWith('_') && name !== FOLDER_FILE;

async function readRequest(full: string, relative: string): Promise<CollectionFile & { seq: number }> {
  let raw: unknown;
  try {
    const text = await readFile(full, 'utf8');
    raw = full.toLowerCase().endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new CollectionLoadError(
      `${relative}: cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
  const parsed = collectionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CollectionLoadError(
      `${relative}: not a Parley request${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'unknown problem'}`,
    );
  }
  const seq = (raw as { seq?: unknown }).seq;
  return { ...parsed.data, seq: typeof seq === 'number' ? seq : Number.POSITIVE_INFINITY };
}

export interface LoadedCollection {
  readonly name: string;
  /** The collection folder (a single file's own folder): requests' `file` paths are relative to it. */
  readonly root: string;
  readonly items: RunItem[];
  readonly parallelFolders: Set<string>;
  /** Profile names the requests reference, by provider: the run needs each in the profile file. */
  readonly profileNames: readonly { sandbox: RequestDraft['sandbox']; name: string }[];
}

export async function loadCollection(
  target: string,
  options: {
    folder?: string;
    resolveProfile: (sandbox: RequestDraft['sandbox'], name: string | null) => string | null;
  },
): Promise<LoadedCollection> {
  const absolute = path.resolve(target);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new CollectionLoadError(`${target}: no such file or folder`);
  }
  const root = info.isDirectory() ? absolute : path.dirname(absolute);
  const items: RunItem[] = [];
  const parallelFolders = new Set<string>();
  const profileNames: { sandbox: RequestDraft['sandbox']; name: string }[] = [];

  /** `profiles`: provider → profile name a folder gives the requests that name none (inner folders win). */
  const add = (relative: string, file: CollectionFile, profiles: Readonly<Record<string, string>>) => {
    const folder = path.posix.dirname(relative) === '.' ? '' : path.posix.dirname(relative);
    const profile = file.profile ?? profiles[file.request.sandbox] ?? null;
    if (profile) profileNames.push({ sandbox: file.request.sandbox, name: profile });
    items.push({
      file: relative,
      folder,
      name: file.name,
      draft: { ...file.request, profileId: options.resolveProfile(file.request.sandbox, profile) },
    });
  };
  const relativeTo = (full: string) => path.relative(root, full).split(path.sep).join('/');

  /** In the app's order: the folder file's `order`, then `seq` (written by `parley import`), then by name. */
  const walk = async (dir: string, inherited: Readonly<Record<string, string>>): Promise<void> => {
    const { settings } = await readFolderSettings(dir);
    // `parallel: true` in the folder file lets the runner send the folder's requests at once.
    if (settings.parallel) parallelFolders.add(relativeTo(dir));
    const profiles = { ...inherited, ...settings.profiles };
    const entries = await readdir(dir, { withFileTypes: true });
    const names = [
      ...entries.filter((entry) => entry.isFile() && isRequestFile(entry.name)).map((entry) => entry.name),
      ...entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => `${entry.name}/`),
    ];
    const ordered = applyOrder(names, settings.order);
    const files = new Map<string, CollectionFile & { seq: number }>();
    for (const name of ordered.filter((entry) => !entry.endsWith('/'))) {
      const relative = relativeTo(path.join(dir, name));
      files.set(name, await readRequest(path.join(dir, name), relative));
    }
    const seqOf = (name: string) => files.get(name)?.seq ?? Number.POSITIVE_INFINITY;
    const sequenced = [...ordered].sort((a, b) => {
      const [x, y] = [seqOf(a), seqOf(b)];
      return x === y ? ordered.indexOf(a) - ordered.indexOf(b) : x < y ? -1 : 1;
    });
    for (const name of sequenced) {
      const file = files.get(name);
      if (file) add(relativeTo(path.join(dir, name)), file, profiles);
      else await walk(path.join(dir, name.slice(0, -1)), profiles);
    }
  };

  if (info.isDirectory()) {
    const start = options.folder ? path.resolve(root, options.folder) : root;
    if (path.relative(root, start).startsWith('..'))
      throw new CollectionLoadError(`The folder ${options.folder} is outside ${target}`);
    const folderInfo = await stat(start).catch(() => null);
    if (!folderInfo?.isDirectory()) throw new CollectionLoadError(`${target} has no folder ${options.folder}`);
    const outer: Record<string, string> = {};
    for (let dir = root; ;) {
      if (dir !== start) Object.assign(outer, (await readFolderSettings(dir)).settings.profiles);
      if (dir === start) break;
      const next = path.join(dir, path.relative(dir, start).split(path.sep)[0]!);
      dir = next;
    }
    await walk(start, outer);
  } else {
    const relative = relativeTo(absolute);
    add(relative, await readRequest(absolute, relative), (await readFolderSettings(root)).settings.profiles);
  }
  if (items.length === 0) throw new CollectionLoadError(`${target}: no saved requests found`);
  return { name: path.basename(root), root, items, parallelFolders, profileNames };
}
