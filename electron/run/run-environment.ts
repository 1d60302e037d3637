/**
 * The variables a headless run sees, as the app resolves them: the collection's and folders' own variables
 * (their folder files), and with `--env <name>` the globals and that environment as the app keeps them for
 * this collection (in its data folder). A secret variable's value never comes from the app's vault: it is
 * read from an environment variable named after it (`{{apiToken}}` → `API_TOKEN`), and still goes only to
 * its allowed origins.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LayerVariable } from '../../shared/environments/layers';
import { createWorkspaceLayers, type WorkspaceLayers } from '../environments/workspace-layers';

export class EnvironmentError extends Error {}

/** `apiToken` → `API_TOKEN`, `crm.user-id` → `CRM_USER_ID`. */
export function variableEnvName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

export interface RunEnvironment {
  readonly workspace: WorkspaceLayers;
  /** Secret values in play, masked in every report. */
  readonly secrets: readonly string[];
}

interface StoredVariable {
  readonly name: string;
  readonly value: string;
  readonly secret: boolean;
  readonly allowedOrigins: readonly string[];
}

const FILE = 'workspace-variables.json';

export async function readRunEnvironment(
  name: string | null,
  collectionRoot: string,
  dataFolder: string | null,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RunEnvironment> {
  const secrets: string[] = [];
  const layer = (list: readonly StoredVariable[], strict: boolean): Map<string, LayerVariable> => {
    const variables = new Map<string, LayerVariable>();
    for (const variable of list) {
      if (!variable.secret) {
        variables.set(variable.name, { value: variable.value, secret: false, allowedOrigins: [] });
        continue;
      }
      const from = variableEnvName(variable.name);
      const value = env[from];
      if (value === undefined || value === '') {
        if (strict)
          throw new EnvironmentError(
            `the secret variable {{${variable.name}}} takes its value from the environment variable ${from}, which is not set.`,
          );
        continue;
      }
      secrets.push(value);
      variables.set(variable.name, { value, secret: true, allowedOrigins: variable.allowedOrigins });
    }
    return variables;
  };

  let globals = new Map<string, LayerVariable>();
  let environment: { name: string; variables: Map<string, LayerVariable> } | null = null;
  const folderSecrets = new Map<string, Map<string, LayerVariable>>();
  if (name !== null) {
    if (dataFolder === null) throw new EnvironmentError('there is no Parley data folder to read environments from.');
    const file = path.join(dataFolder, FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new EnvironmentError(
        `Parley keeps no environments in ${dataFolder} (no ${FILE}); set PARLEY_USER_DATA to the app's data folder, or use --env-var name=value.`,
      );
    }
    // The app's variables file format (its schema) is loaded only with --env.
    const { documentSchema } = await import('../environments/variable-store');
    let parsed;
    try {
      parsed = documentSchema.parse(JSON.parse(text));
    } catch {
      throw new EnvironmentError(`${file} is not a Parley variables file.`);
    }
    const state = parsed.collections[collectionRoot];
    const names = state?.environments.map((candidate) => candidate.name) ?? [];
    const chosen = state?.environments.find((candidate) => candidate.name === name);
    if (!chosen)
      throw new EnvironmentError(
        names.length === 0
          ? `the collection ${collectionRoot} has no environments in ${file}.`
          : `the collection has no environment "${name}"; it has ${names.map((n) => `"${n}"`).join(', ')}.`,
      );
    globals = layer(parsed.globals, false);
    environment = { name: chosen.name, variables: layer(chosen.variables, true) };
    for (const [folder, list] of Object.entries(state?.folderSecrets ?? {}))
      folderSecrets.set(folder, layer(list, false));
  }
  const read = createWorkspaceLayers(
    {
      globals: () => globals,
      activeEnvironment: () => environment,
      folderSecrets: (_collection, folder) => folderSecrets.get(folder) ?? new Map(),
    },
    () => collectionRoot,
  );
  // A run reads each folder's variables once: its files do not change under it, and every request would
  // otherwise open them again.
  const layers = new Map<string | null, ReturnType<WorkspaceLayers['layers']>>();
  const workspace: WorkspaceLayers = {
    folderChain: read.folderChain,
    layers(collectionFile) {
      const known = layers.get(collectionFile);
      if (known) return known;
      const loading = read.layers(collectionFile);
      layers.set(collectionFile, loading);
      return loading;
    },
  };
  return { workspace, secrets };
}
