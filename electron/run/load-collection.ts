/**
 * Reads what `parley run` runs: a collection folder (recursively, folders in name order, requests in
 * their saved order) or single request files, parsed with the app's own collection format. A file that
 * cannot be read stops the run before anything is sent, with the file and the reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { collectionFileSchema, type CollectionFile } from '../../shared/collections/format';
import type { RequestDraft } from '../../shared/request/draft';
import type { RunItem } from './runner';

export class CollectionLoadError extends Error {}

const isRequestFile = (name: string) => /\.(ya?ml|json)$/i.test(name) && !name.startsWith('.') && !name.startsWith('_');

/** Folder settings a runner reads: `_folder.yaml` with `parallel: true` lets its requests run at once. */
async function folderIsParallel(dir: string): Promise<boolean> {
  try {
    const parsed: unknown = YAML.parse(await readFile(path.join(dir, '_folder.yaml'), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && (parsed as { parallel?: unknown }).parallel === true;
  } catch {
    return false;
  }
}

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

  const add = (relative: string, file: CollectionFile) => {
    const folder = path.posix.dirname(relative) === '.' ? '' : path.posix.dirname(relative);
    if (file.profile) profileNames.push({ sandbox: file.request.sandbox, name: file.profile });
    items.push({
      file: relative,
      folder,
      name: file.name,
      draft: { ...file.request, profileId: options.resolveProfile(file.request.sandbox, file.profile) },
    });
  };
  const relativeTo = (full: string) => path.relative(root, full).split(path.sep).join('/');

  const walk = async (dir: string): Promise<void> => {
    if (await folderIsParallel(dir)) parallelFolders.add(relativeTo(dir));
    const entries = await readdir(dir, { withFileTypes: true });
    const files: { relative: string; data: CollectionFile & { seq: number } }[] = [];
    for (const entry of entries.filter((item) => item.isFile() && isRequestFile(item.name))) {
      const relative = relativeTo(path.join(dir, entry.name));
      files.push({ relative, data: await readRequest(path.join(dir, entry.name), relative) });
    }
    files.sort((a, b) => a.data.seq - b.data.seq || a.relative.localeCompare(b.relative));
    for (const file of files) add(file.relative, file.data);
    const folders = entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
    for (const name of folders.sort((a, b) => a.localeCompare(b))) await walk(path.join(dir, name));
  };

  if (info.isDirectory()) {
    const start = options.folder ? path.resolve(root, options.folder) : root;
    if (path.relative(root, start).startsWith('..'))
      throw new CollectionLoadError(`--folder ${options.folder} is outside ${target}`);
    await walk(start);
  } else {
    const relative = relativeTo(absolute);
    add(relative, await readRequest(absolute, relative));
  }
  if (items.length === 0) throw new CollectionLoadError(`${target}: no saved requests found`);
  return { name: path.basename(root), items, parallelFolders, profileNames };
}
