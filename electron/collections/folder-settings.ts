/** Reads and writes a folder's `folder.parley.yaml` and applies its explicit order to the folder's entries. */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { FOLDER_FILE, folderFileSchema, type FolderFile } from '../../shared/collections/format';
import { isMissing } from './collection-paths';

export const emptyFolderSettings = (): FolderFile => folderFileSchema.parse({});

export async function readFolderSettings(dir: string): Promise<{ settings: FolderFile; error: string | null }> {
  let text: string;
  try {
    text = await readFile(path.join(dir, FOLDER_FILE), 'utf8');
  } catch (error) {
    if (isMissing(error)) return { settings: emptyFolderSettings(), error: null };
    return { settings: emptyFolderSettings(), error: `${FOLDER_FILE} cannot be read: ${String(error)}` };
  }
  try {
    const parsed = folderFileSchema.safeParse(YAML.parse(text) ?? {});
    if (parsed.success) return { settings: parsed.data, error: null };
    const issue = parsed.error.issues[0];
    return {
      settings: emptyFolderSettings(),
      error: `${FOLDER_FILE} at ${issue?.path.join('.') || 'top'}: ${issue?.message ?? 'not valid'}`,
    };
  } catch (error) {
    return { settings: emptyFolderSettings(), error: `${FOLDER_FILE}: ${String(error).split('\n')[0]}` };
  }
}

/** Writes only what differs from the defaults, so a folder with just an order has a two-line file. */
export async function writeFolderSettings(dir: string, settings: FolderFile): Promise<void> {
  const target = path.join(dir, FOLDER_FILE);
  const content: Record<string, unknown> = { parley: settings.parley };
  if (settings.description) content.description = settings.description;
  if (settings.order.length > 0) content.order = settings.order;
  if (Object.keys(settings.profiles).length > 0) content.profiles = settings.profiles;
  if (settings.variables.length > 0)
    content.variables = settings.variables.map((v) => (v.secret ? { name: v.name, secret: true } : v));
  if (settings.parallel) content.parallel = true;
  if (Object.keys(content).length === 1) {
    await unlink(target).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
    return;
  }
  const temp = path.join(dir, `.${FOLDER_FILE}.${process.pid}.tmp`);
  await writeFile(temp, YAML.stringify(content, { lineWidth: 0 }), 'utf8');
  await rename(temp, target);
}

/** Entries in the folder's order; those not listed follow by name. */
export function applyOrder(entries: readonly string[], order: readonly string[]): string[] {
  const present = new Set(entries);
  const listed = order.filter((entry, i) => present.has(entry) && order.indexOf(entry) === i);
  const listedSet = new Set(listed);
  // Code-point order of the names without extension ("admins" before "admins-copy"): the same in every locale.
  const key = (entry: string) => entry.replace(/\.(ya?ml|json)$/i, '');
  const rest = entries
    .filter((entry) => !listedSet.has(entry))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return [...listed, ...rest];
}
