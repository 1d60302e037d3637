/**
 * Workspace variables in main: globals, each collection's environments and active one, and the secret
 * values of folder variables. One resilient document (workspace-variables.json); a secret's value is in
 * it only as ciphertext from the vault's cipher, and reaches the renderer only masked.
 */
import { z } from 'zod';
import {
  environmentColourSchema,
  variableInputSchema,
  type EnvironmentColour,
  type EnvironmentView,
  type VariableInput,
  type VariableView,
  type WorkspaceVariablesView,
} from '../../shared/environments/types';
import type { LayerVariable } from '../../shared/environments/layers';
import { HandlerError } from '../../shared/ipc/errors';
import { maskSecret } from '../../shared/profiles/schema';
import type { VaultStatus } from '../../shared/profiles/vault-types';
import type { MainDeps } from '../deps';
import { assertCanStoreSecrets } from '../vault/secret-fields';

const storedVariableSchema = z.object({
  name: z.string(),
  value: z.string().default(''),
  secret: z.boolean().default(false),
  cipher: z.string().nullable().default(null),
  masked: z.string().default(''),
  allowedOrigins: z.array(z.string()).default([]),
});
type StoredVariable = z.infer<typeof storedVariableSchema>;

const storedEnvironmentSchema = z.object({
  name: z.string(),
  colour: environmentColourSchema.default('grey'),
  variables: z.array(storedVariableSchema).default([]),
});

const collectionStateSchema = z.object({
  active: z.string().nullable().default(null),
  environments: z.array(storedEnvironmentSchema).default([]),
  /** Folder path ('' for the top) → its secret variables. */
  folderSecrets: z.record(z.string(), z.array(storedVariableSchema)).default({}),
});
type CollectionState = z.infer<typeof collectionStateSchema>;

const documentSchema = z.object({
  globals: z.array(storedVariableSchema).default([]),
  /** Keyed by the collection folder's absolute path. */
  collections: z.record(z.string(), collectionStateSchema).default({}),
});
type VariablesDocument = z.infer<typeof documentSchema>;

export interface EnvironmentInput {
  readonly name: string;
  readonly colour: EnvironmentColour;
  readonly variables: readonly VariableInput[];
}

export interface VariableStore {
  view(collection: string): WorkspaceVariablesView;
  setGlobals(variables: readonly VariableInput[]): WorkspaceVariablesView;
  /** Creates or replaces an environment; `previousName` renames one. */
  saveEnvironment(collection: string, input: EnvironmentInput, previousName?: string): WorkspaceVariablesView;
  removeEnvironment(collection: string, name: string): WorkspaceVariablesView;
  setActive(collection: string, name: string | null): WorkspaceVariablesView;
  /** Stores the secret variables of a folder; plain ones belong in its folder file. */
  setFolderSecrets(collection: string, folder: string, variables: readonly VariableInput[]): void;
  folderSecretViews(collection: string, folder: string): VariableView[];
  /** Adds one secret to a folder (a credential moved out of a request); returns the name used. */
  addFolderSecret(collection: string, folder: string, name: string, value: string, origins: readonly string[]): string;
  /** Main only: real values, for the pipeline. */
  globals(): Map<string, LayerVariable>;
  activeEnvironment(collection: string): { name: string; variables: Map<string, LayerVariable> } | null;
  folderSecrets(collection: string, folder: string): Map<string, LayerVariable>;
  /** Every secret value with its name, so none is written to a collection file. */
  allSecrets(): { value: string; variable: string }[];
}

export function createVariableStore(
  deps: Pick<MainDeps, 'openDocument' | 'cipher'>,
  vaultStatus: () => VaultStatus,
): VariableStore {
  const document = deps.openDocument({
    name: 'workspace-variables',
    schema: documentSchema,
    defaults: documentSchema.parse({}),
    label: 'your environments and variables',
  });
  const read = (): VariablesDocument => document.read();
  const collectionOf = (doc: VariablesDocument, collection: string): CollectionState =>
    doc.collections[collection] ?? collectionStateSchema.parse({});

  const toView = (v: StoredVariable): VariableView =>
    v.secret
      ? { name: v.name, value: v.masked, secret: true, set: v.cipher !== null, allowedOrigins: v.allowedOrigins }
      : { name: v.name, value: v.value, secret: false, set: true, allowedOrigins: [] };

  const decrypt = (v: StoredVariable): string => {
    if (!v.secret) return v.value;
    if (!v.cipher) return '';
    try {
      return deps.cipher.decrypt(v.cipher);
    } catch {
      throw new HandlerError(
        'conflict',
        `The secret variable {{${v.name}}} cannot be decrypted (the system key store was reset). Enter it again.`,
      );
    }
  };
  const toLayer = (list: readonly StoredVariable[]) =>
    new Map(list.map((v) => [v.name, { value: decrypt(v), secret: v.secret, allowedOrigins: v.allowedOrigins }]));

  /** Applies inputs over what is stored: a secret without a value keeps its ciphertext. */
  const merge = (current: readonly StoredVariable[], inputs: readonly VariableInput[]): StoredVariable[] => {
    const names = new Set<string>();
    return inputs.map((raw) => {
      const input = variableInputSchema.parse(raw);
      if (names.has(input.name)) throw new HandlerError('conflict', `{{${input.name}}} is defined twice here.`);
      names.add(input.name);
      const before = current.find((v) => v.name === input.name);
      if (!input.secret)
        return storedVariableSchema.parse({ name: input.name, value: input.value ?? before?.value ?? '' });
      let cipher = before?.secret ? before.cipher : null;
      let masked = before?.secret ? before.masked : '';
      const value = input.value ?? (before && !before.secret ? before.value : undefined);
      if (value !== undefined) {
        if (value === '') [cipher, masked] = [null, ''];
        else {
          assertCanStoreSecrets(vaultStatus());
          [cipher, masked] = [deps.cipher.encrypt(value), maskSecret(value).masked || '••••'];
        }
      }
      return { name: input.name, value: '', secret: true, cipher, masked, allowedOrigins: input.allowedOrigins };
    });
  };

  const writeCollection = (collection: string, change: (state: CollectionState) => CollectionState) => {
    const doc = read();
    document.write({
      ...doc,
      collections: { ...doc.collections, [collection]: change(collectionOf(doc, collection)) },
    });
  };

  const store: VariableStore = {
    view(collection) {
      const doc = read();
      const state = collectionOf(doc, collection);
      const environments: EnvironmentView[] = state.environments.map((e) => ({
        name: e.name,
        colour: e.colour,
        variables: e.variables.map(toView),
      }));
      const folderSecrets = Object.fromEntries(
        Object.entries(state.folderSecrets).map(([folder, list]) => [folder, list.map(toView)]),
      );
      return { collection, globals: doc.globals.map(toView), environments, active: state.active, folderSecrets };
    },
    setGlobals(variables) {
      const doc = read();
      document.write({ ...doc, globals: merge(doc.globals, variables) });
      return store.view('');
    },
    saveEnvironment(collection, input, previousName) {
      const name = input.name.trim();
      if (!name) throw new HandlerError('conflict', 'An environment needs a name.');
      writeCollection(collection, (state) => {
        const before = state.environments.find((e) => e.name === (previousName ?? name));
        if (state.environments.some((e) => e.name === name && e !== before))
          throw new HandlerError('conflict', `An environment named "${name}" already exists. Nothing was saved.`);
        const next = { name, colour: input.colour, variables: merge(before?.variables ?? [], input.variables) };
        const environments = before
          ? state.environments.map((e) => (e === before ? next : e))
          : [...state.environments, next];
        const active = state.active === before?.name ? name : state.active;
        return { ...state, environments, active };
      });
      return store.view(collection);
    },
    removeEnvironment(collection, name) {
      writeCollection(collection, (state) => ({
        ...state,
        environments: state.environments.filter((e) => e.name !== name),
        active: state.active === name ? null : state.active,
      }));
      return store.view(collection);
    },
    setActive(collection, name) {
      writeCollection(collection, (state) => {
        if (name !== null && !state.environments.some((e) => e.name === name))
          throw new HandlerError('not-found', `No environment named "${name}" in this collection.`);
        return { ...state, active: name };
      });
      return store.view(collection);
    },
    setFolderSecrets(collection, folder, variables) {
      writeCollection(collection, (state) => ({
        ...state,
        folderSecrets: {
          ...state.folderSecrets,
          [folder]: merge(
            state.folderSecrets[folder] ?? [],
            variables.filter((v) => v.secret),
          ),
        },
      }));
    },
    folderSecretViews: (collection, folder) =>
      (collectionOf(read(), collection).folderSecrets[folder] ?? []).map(toView),
    addFolderSecret(collection, folder, wanted, value, origins) {
      const current = collectionOf(read(), collection).folderSecrets[folder] ?? [];
      const same = current.find((v) => v.secret && v.name.startsWith(wanted) && decrypt(v) === value);
      if (same) return same.name;
      let name = wanted;
      for (let n = 2; current.some((v) => v.name === name); n += 1) name = `${wanted}_${n}`;
      const inputs: VariableInput[] = [
        ...current.map((v) => ({ name: v.name, secret: true, allowedOrigins: v.allowedOrigins })),
        { name, value, secret: true, allowedOrigins: [...origins] },
      ];
      store.setFolderSecrets(collection, folder, inputs);
      return name;
    },
    globals: () => toLayer(read().globals),
    activeEnvironment(collection) {
      const state = collectionOf(read(), collection);
      const active = state.environments.find((e) => e.name === state.active);
      return active ? { name: active.name, variables: toLayer(active.variables) } : null;
    },
    folderSecrets: (collection, folder) => toLayer(collectionOf(read(), collection).folderSecrets[folder] ?? []),
    allSecrets() {
      const doc = read();
      const lists = [
        doc.globals,
        ...Object.values(doc.collections).flatMap((c) => [
          ...c.environments.map((e) => e.variables),
          ...Object.values(c.folderSecrets),
        ]),
      ];
      return lists.flatMap((list) =>
        list
          .filter((v) => v.secret && v.cipher)
          .flatMap((v) => {
            try {
              return [{ value: decrypt(v), variable: v.name }];
            } catch {
              return [];
            }
          }),
      );
    },
  };
  return store;
}
