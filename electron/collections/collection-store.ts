/**
 * Saved requests as files in a folder the user chooses (a git checkout, typically). Reads tolerate
 * anything: a malformed file is listed with its error. Writes are atomic and never contain a secret:
 * a secret value found in a request is written as the `{{field}}` variable that resolves to it.
 */
import { watch, type FSWatcher } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import {
  COLLECTION_FORMAT_VERSION,
  collectionFileSchema,
  fileNameFor,
  type CollectionFile,
  type CollectionItem,
  type CollectionListing,
} from '../../shared/collections/format';
import { HandlerError } from '../../shared/ipc/errors';
import type { RequestDraft } from '../../shared/request/draft';
import { encodedForms, redactDeep, replacer } from '../../shared/request/redact';

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
}

export interface CollectionStore {
  list(): Promise<CollectionListing>;
  save(input: { name: string; draft: RequestDraft; file: string | null }): Promise<CollectionItem>;
  remove(file: string): Promise<boolean>;
  /** (Re)starts watching the current folder for changes made outside the app. */
  watch(): Promise<void>;
  close(): void;
}

const isCollectionFile = (name: string) => /\.(ya?ml|json)$/i.test(name) && !name.startsWith('.');

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

export function createCollectionStore(deps: CollectionStoreDeps): CollectionStore {
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | null = null;

  const readItem = async (dir: string, file: string): Promise<CollectionItem> => {
    const full = path.join(dir, file);
    const modifiedAt = (await stat(full)).mtime.toISOString();
    const fallbackName = file.replace(/\.(ya?ml|json)$/i, '');
    try {
      const text = await readFile(full, 'utf8');
      const raw: unknown = file.toLowerCase().endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
      const parsed = collectionFileSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        return {
          file,
          name: fallbackName,
          sandbox: null,
          draft: null,
          profileName: null,
          error: `Not a Parley request${where}: ${issue?.message ?? 'unknown problem'}`,
          modifiedAt,
        };
      }
      const { name, profile, request } = parsed.data;
      const profileId = profile ? deps.profileIdByName(request.sandbox, profile) : null;
      return {
        file,
        name,
        sandbox: request.sandbox,
        draft: { ...request, profileId },
        profileName: profile,
        error: null,
        modifiedAt,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return {
        file,
        name: fallbackName,
        sandbox: null,
        draft: null,
        profileName: null,
        error: `Cannot be read: ${message}`,
        modifiedAt,
      };
    }
  };

  const uniqueName = async (dir: string, wanted: string): Promise<string> => {
    const existing = new Set(await readdir(dir));
    if (!existing.has(wanted)) return wanted;
    const base = wanted.replace(/\.yaml$/, '');
    for (let n = 2; ; n += 1) if (!existing.has(`${base}-${n}.yaml`)) return `${base}-${n}.yaml`;
  };

  const store: CollectionStore = {
    async list() {
      const dir = deps.folder();
      await mkdir(dir, { recursive: true });
      const files = (await readdir(dir)).filter(isCollectionFile).sort();
      const items = await Promise.all(files.map((file) => readItem(dir, file)));
      return { dir, items: items.sort((a, b) => a.name.localeCompare(b.name)) };
    },
    async save({ name, draft, file }) {
      const dir = deps.folder();
      await mkdir(dir, { recursive: true });
      const target = file ? path.basename(file) : await uniqueName(dir, fileNameFor(name));
      if (file && (await exists(path.join(dir, target))) && !(await isParleyFile(path.join(dir, target))))
        throw new HandlerError('conflict', `${target} is not a Parley request file: it was left untouched.`);
      const { profileId, ...request } = draft;
      const content: CollectionFile = {
        parley: COLLECTION_FORMAT_VERSION,
        name,
        profile: profileId ? deps.profileName(profileId) : null,
        request,
      };
      const text = YAML.stringify(withoutSecrets(content, deps.secrets()), { lineWidth: 0 });
      const temp = path.join(dir, `.${target}.${process.pid}.tmp`);
      await writeFile(temp, text, 'utf8');
      await rename(temp, path.join(dir, target));
      return readItem(dir, target);
    },
    async remove(file) {
      const full = path.join(deps.folder(), path.basename(file));
      if (!(await exists(full))) return false;
      if (!(await isParleyFile(full)))
        throw new HandlerError(
          'conflict',
          `${path.basename(file)} is not a Parley request file: it was left untouched.`,
        );
      await unlink(full);
      return true;
    },
    async watch() {
      store.close();
      const dir = deps.folder();
      await mkdir(dir, { recursive: true });
      watcher = watch(dir, () => {
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
