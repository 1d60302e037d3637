/**
 * Import and export in the app. A picked file is read and planned in main; the window gets a preview
 * without secret values; applying writes the files (through the collection store) into a new folder of the
 * collection, and stores the secrets found as the folder's secret variables when the user asked for it.
 * A pasted cURL command becomes a draft; main asks (its own dialog) before storing its credentials.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CollectionListing } from '../../shared/collections/format';
import { harFromCollection } from '../../shared/export/har';
import { exportPostman } from '../../shared/export/postman';
import type { ExportSource } from '../../shared/export/types';
import { importText } from '../../shared/import';
import { folderName } from '../../shared/import/shape';
import { originOf } from '../../shared/import/secrets';
import { summarisePlan } from '../../shared/import/summary';
import type { ImportPlan, ImportSecret } from '../../shared/import/types';
import type { ExistingProfile } from '../../shared/ipc/channels/import';
import { HandlerError } from '../../shared/ipc/errors';
import { substitute } from '../../shared/request/variables';
import { errorMessage } from '../../shared/values';
import type { MainDialogs } from '../dialogs/dialogs';
import type { VariableStore } from '../environments/variable-store';
import type { Handlers } from '../ipc/router';
import { askWhereCredentialsGo } from './curl-credentials';
import { profileOffers, profilesByRequest, storeProfile, type ImportProfiles } from './import-profiles';
import { writePlan } from './write-plan';

export interface ImportHandlerDeps {
  readonly folder: () => string;
  readonly variables: Pick<VariableStore, 'addFolderSecret'>;
  readonly dialogs: MainDialogs;
  readonly list: () => Promise<CollectionListing>;
  /** Where provider credentials found go; without it they are only listed, for the user to enter. */
  readonly profiles?: ImportProfiles;
}

const noProfiles: ImportProfiles = {
  list: () => [],
  create: () => {
    throw new HandlerError('handler-failed', 'Profiles cannot be created here.');
  },
  update: () => {
    throw new HandlerError('handler-failed', 'Profiles cannot be changed here.');
  },
};

type ImportHandlers = Pick<Handlers, 'import.pickFile' | 'import.apply' | 'import.curl' | 'export.collection'>;

const importFilters = [
  { name: 'Collections, API documents, HAR, cURL', extensions: ['json', 'yaml', 'yml', 'har', 'txt', 'sh', 'curl'] },
  { name: 'All files', extensions: ['*'] },
];

/** Where a secret may go: where it was found, else the origins of the requests that use it. */
function originsOf(plan: ImportPlan, secret: ImportSecret): string[] {
  if (secret.origin) return [secret.origin];
  const values = Object.fromEntries(plan.variables.map((v) => [v.name, v.value]));
  const origins = plan.requests
    .filter((r) => JSON.stringify(r.draft).includes(`{{${secret.variable}}}`))
    .map((r) => originOf(substitute(r.draft.url, values).text))
    .filter((o): o is string => o !== null);
  return [...new Set(origins)];
}

async function freeFolder(root: string, wanted: string): Promise<string> {
  const taken = new Set((await readdir(root).catch(() => [] as string[])).map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${wanted} ${n}`;
  return name;
}

/** The requests and folders at or under `folder`, with paths relative to it. */
function sourceFor(listing: CollectionListing, folder: string): ExportSource {
  const inside = (path: string) => folder === '' || path === folder || path.startsWith(`${folder}/`);
  const relative = (path: string) => (folder === '' ? path : path === folder ? '' : path.slice(folder.length + 1));
  const top = listing.folders.find((f) => f.path === folder);
  return {
    title: top?.name ?? (path.basename(listing.dir) || 'Collection'),
    folders: listing.folders
      .filter((f) => inside(f.path))
      .map((f) => ({
        path: relative(f.path),
        description: f.settings.description,
        variables: relative(f.path) ? f.settings.variables : [],
      })),
    requests: listing.items
      .filter((item) => item.draft && inside(item.folder))
      .map((item) => {
        const { profileId: _profile, ...draft } = item.draft!;
        return {
          folder: relative(item.folder),
          name: item.name,
          draft,
          ...(item.description ? { description: item.description } : {}),
        };
      }),
    variables: top?.settings.variables ?? [],
  };
}

export function createImportHandlers(deps: ImportHandlerDeps): ImportHandlers {
  const profiles = deps.profiles ?? noProfiles;
  // The plan waiting for "Import" (one at a time: picking another file replaces it).
  const pending = new Map<string, { plan: ImportPlan; folder: string }>();

  return {
    async 'import.pickFile'() {
      const file = await deps.dialogs.openFile({ title: 'Import into the collection', filters: importFilters });
      if (!file) return { kind: 'cancelled' };
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        return { kind: 'failed', file: path.basename(file), message: `Cannot read the file: ${errorMessage(error)}` };
      }
      const result = importText(text);
      if (!result.ok) return { kind: 'failed', file: path.basename(file), ...result.error };
      const root = deps.folder();
      const folder = await freeFolder(root, folderName(result.plan.title));
      pending.clear();
      const id = randomUUID();
      pending.set(id, { plan: result.plan, folder });
      const summary = summarisePlan(result.plan, folder);
      return {
        kind: 'preview',
        id,
        file: path.basename(file),
        collection: root,
        folder,
        summary,
        profiles: deps.profiles ? profileOffers(summary.profiles, profiles) : [],
      };
    },
    async 'import.apply'({ id, storeSecrets, profiles: choices }) {
      const entry = pending.get(id);
      if (!entry) throw new HandlerError('not-found', 'That import is no longer waiting: pick the file again.');
      const root = deps.folder();
      const { plan, folder } = entry;
      // Profiles first: a profile the vault refuses stops the import before any file is written.
      const stored = (plan.profiles ?? []).map((found, index) =>
        storeProfile(plan, found, choices.find((c) => c.index === index)?.target ?? 'none', profiles),
      );
      pending.delete(id);
      const written = await writePlan(plan, {
        root,
        under: folder,
        profileFor: profilesByRequest(plan, stored),
        ...(storeSecrets
          ? {
              storeSecret: (secret: ImportSecret, at: string) => {
                try {
                  return (
                    deps.variables.addFolderSecret(root, at, secret.variable, secret.value, originsOf(plan, secret)) ===
                    secret.variable
                  );
                } catch {
                  return false;
                }
              },
            }
          : {}),
      });
      return {
        folder,
        files: written.files,
        stored: written.stored,
        profiles: stored.filter((p) => p !== null).map((p) => p.name),
        summary: summarisePlan(plan, folder),
      };
    },
    async 'import.curl'({ text }) {
      const result = importText(text);
      if (!result.ok) return { ok: false, ...result.error };
      if (result.plan.format !== 'curl') return { ok: false, message: 'This is not a cURL command.' };
      const { plan } = result;
      const request = plan.requests[0];
      if (!request) return { ok: false, message: 'The cURL command holds no request.' };
      let draftText = JSON.stringify(request.draft);
      const stored: string[] = [];
      const toStore = plan.secrets.filter((s) => !s.providerField);
      if (toStore.length > 0) {
        const keep = await deps.dialogs.confirm({
          title: 'Store the credentials of this cURL command?',
          message: `The command holds ${toStore.length === 1 ? 'a credential' : `${toStore.length} credentials`}. Store ${toStore.length === 1 ? 'it' : 'them'} as secret variables of the collection?`,
          detail: `${toStore.map((s) => `{{${s.variable}}} from ${s.source}`).join('\n')}\n\nThe request refers to them by name; their values stay encrypted in Parley and are sent only to ${[...new Set(toStore.map((s) => s.origin ?? 'nowhere'))].join(', ')}.`,
          confirmLabel: 'Store as secret variables',
        });
        if (keep)
          for (const secret of toStore) {
            try {
              const name = deps.variables.addFolderSecret(
                deps.folder(),
                '',
                secret.variable,
                secret.value,
                secret.origin ? [secret.origin] : [],
              );
              if (name !== secret.variable) draftText = draftText.replaceAll(`{{${secret.variable}}}`, `{{${name}}}`);
              stored.push(name);
            } catch {
              // No key store: the references stay, for the user to fill in.
            }
          }
      }
      const found = plan.profiles?.find((p) => Object.keys(p.secrets).length > 0);
      const target = found && deps.profiles ? await askWhereCredentialsGo(deps.dialogs, plan, found, profiles) : 'none';
      let profile: ExistingProfile | null = null;
      const report = [...plan.report];
      try {
        profile = found ? storeProfile(plan, found, target, profiles) : null;
      } catch (error) {
        // The request is still made; the credentials stay to be entered by hand.
        report.push({ item: request.name, message: `The credentials were not stored: ${errorMessage(error)}` });
      }
      const summary = summarisePlan(plan);
      return {
        ok: true,
        name: request.name,
        draft: { ...(JSON.parse(draftText) as typeof request.draft), profileId: profile?.id ?? null },
        secrets: summary.secrets,
        stored,
        profile,
        report,
      };
    },
    async 'export.collection'({ folder, format }) {
      const source = sourceFor(await deps.list(), folder);
      const exported = format === 'postman' ? exportPostman(source) : harFromCollection(source);
      const extension = format === 'postman' ? 'postman_collection.json' : 'har';
      const target = await deps.dialogs.saveFile({
        title: format === 'postman' ? 'Export as a Postman collection' : 'Export as HAR',
        defaultName: `${folderName(source.title)}.${extension}`,
        filters: [
          {
            name: format === 'postman' ? 'Postman collection' : 'HAR',
            extensions: [format === 'postman' ? 'json' : 'har'],
          },
        ],
      });
      const requests =
        source.requests.length - exported.report.filter((r) => r.message.includes('is not exported')).length;
      if (!target) return { saved: false, fileName: null, requests, report: exported.report };
      await writeFile(target, exported.text, 'utf8');
      return { saved: true, fileName: path.basename(target), requests, report: exported.report };
    },
  };
}
