/**
 * Writes an import plan into a collection folder exactly as the app saves requests: one file per request
 * through the collection store (so the same scrubbing and secret replacement apply), each folder's order
 * and description in its `folder.parley.yaml`, the variables in the top folder's. Secret values are never
 * written: the top folder names the secret variables, and `storeSecret` (the vault, in the app) gets the
 * values when given.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FolderVariable } from '../../shared/collections/format';
import type { ImportPlan, ImportRequest, ImportSecret } from '../../shared/import/types';
import type { ExistingProfile } from '../../shared/ipc/channels/import';
import { createCollectionStore } from '../collections/collection-store';
import { readFolderSettings, writeFolderSettings } from '../collections/folder-settings';
import { absolute, baseName, joinRelative } from '../collections/collection-paths';

export interface WriteTarget {
  /** The collection folder. */
  readonly root: string;
  /** A folder inside it to import into ('' for the top). */
  readonly under: string;
  /** Keeps a secret (a vault variable of `folder`); returns false when it could not be kept. */
  readonly storeSecret?: (secret: ImportSecret, folder: string) => boolean;
  /** The profile a request uses (where its provider credentials were stored): its file names it. */
  readonly profileFor?: (request: ImportRequest) => ExistingProfile | null;
}

export interface WriteResult {
  readonly files: readonly string[];
  readonly folders: readonly string[];
  /** Secrets kept by `storeSecret` (by variable name). */
  readonly stored: readonly string[];
}

function mergeVariables(existing: readonly FolderVariable[], added: readonly FolderVariable[]): FolderVariable[] {
  const names = new Set(existing.map((v) => v.name));
  return [...existing, ...added.filter((v) => !names.has(v.name))];
}

export async function writePlan(plan: ImportPlan, target: WriteTarget): Promise<WriteResult> {
  const profiles = new Map<string, string>();
  const store = createCollectionStore({
    folder: () => target.root,
    profileIdByName: () => null,
    profileName: (id) => profiles.get(id) ?? null,
    // Belt and braces: any secret value still in a request is written as its variable.
    secrets: () => plan.secrets.map((s) => ({ value: s.value, variable: s.variable })),
    onChange: () => undefined,
  });
  const at = (folder: string) => (target.under ? (folder ? `${target.under}/${folder}` : target.under) : folder);
  const order = new Map<string, string[]>();
  const addToOrder = (folder: string, entry: string) => order.set(folder, [...(order.get(folder) ?? []), entry]);
  const folders: string[] = [];
  for (const folder of plan.folders) {
    const full = at(folder.path);
    if (full && !folders.includes(full)) folders.push(full);
  }
  for (const request of plan.requests) {
    const full = at(request.folder);
    if (full && !folders.includes(full)) folders.push(full);
  }
  // Parents list their sub-folders in the plan's order, before the requests saved next.
  for (const full of folders) {
    const parent = full.includes('/') ? full.slice(0, full.lastIndexOf('/')) : '';
    addToOrder(parent, `${baseName(full)}/`);
  }
  const files: string[] = [];
  for (const request of plan.requests) {
    const profile = target.profileFor?.(request) ?? null;
    if (profile) profiles.set(profile.id, profile.name);
    const item = await store.save({
      name: request.name,
      draft: { ...request.draft, profileId: profile?.id ?? null },
      file: null,
      folder: at(request.folder),
      ...(request.description ? { description: request.description } : {}),
    });
    files.push(item.file);
    addToOrder(at(request.folder), baseName(item.file));
  }

  const stored: string[] = [];
  const secretVariables: FolderVariable[] = [];
  for (const secret of plan.secrets.filter((s) => !s.providerField)) {
    secretVariables.push({ name: secret.variable, value: '', secret: true });
    if (target.storeSecret?.(secret, at(''))) stored.push(secret.variable);
  }
  const descriptions = new Map(plan.folders.map((f) => [at(f.path), f.description]));
  const touched = new Set([at(''), ...folders, ...order.keys()]);
  for (const folder of touched) {
    const dir = absolute(target.root, folder);
    await mkdir(dir, { recursive: true });
    const { settings } = await readFolderSettings(dir);
    // Outside the import, a folder that sorts by name keeps doing so: only one with an order gets the new entry.
    const outside = target.under !== '' && folder !== target.under && !folder.startsWith(`${target.under}/`);
    if (outside && settings.order.length === 0) continue;
    const listed = order.get(folder) ?? [];
    const variables =
      folder === at('')
        ? mergeVariables(settings.variables, [...plan.variables, ...secretVariables])
        : settings.variables;
    await writeFolderSettings(dir, {
      ...settings,
      description: settings.description || (descriptions.get(folder) ?? ''),
      order: [...settings.order.filter((e) => !listed.includes(e)), ...listed],
      variables,
    });
  }
  return { files, folders: folders.map((f) => joinRelative('', f)), stored };
}

export const displayPath = (root: string, under: string) => (under ? path.join(root, ...under.split('/')) : root);
