/** IPC handlers for workspace variables: globals, environments, the hover's explanation, moving a credential. */
import { resolveLayers } from '../../shared/environments/layers';
import { DYNAMIC_NAMES } from '../../shared/request/dynamic-values';
import { maskSecret } from '../../shared/profiles/schema';
import { variableNameFor } from '../../shared/request/credentials';
import { expandNested } from '../../shared/request/variables';
import type { Handlers } from '../ipc/router';
import { folderOf } from '../collections/collection-paths';
import type { VariableStore } from './variable-store';
import type { WorkspaceLayers } from './workspace-layers';

type VariableHandlers = Pick<
  Handlers,
  | 'variables.get'
  | 'variables.setGlobals'
  | 'variables.saveEnvironment'
  | 'variables.removeEnvironment'
  | 'variables.setActive'
  | 'variables.explain'
  | 'variables.moveCredential'
>;

export function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function createVariableHandlers(
  store: VariableStore,
  layers: WorkspaceLayers,
  collectionDir: () => string,
): VariableHandlers {
  const dynamic = new Set<string>(DYNAMIC_NAMES);
  return {
    'variables.get': () => store.view(collectionDir()),
    'variables.setGlobals': ({ variables }) => {
      store.setGlobals(variables);
      return store.view(collectionDir());
    },
    'variables.saveEnvironment': ({ previousName, ...input }) =>
      store.saveEnvironment(collectionDir(), input, previousName),
    'variables.removeEnvironment': ({ name }) => store.removeEnvironment(collectionDir(), name),
    'variables.setActive': ({ name }) => store.setActive(collectionDir(), name),
    'variables.explain': async ({ collectionFile, names }) => {
      const resolved = resolveLayers(await layers.layers(collectionFile));
      const masked = Object.fromEntries(
        [...resolved].map(([name, v]) => [name, v.secret ? maskSecret(v.value).masked || '••••' : v.value]),
      );
      const expanded = expandNested(masked);
      return names.map((name) => {
        if (dynamic.has(name)) return { name, layer: 'dynamic', value: null, secret: false };
        const variable = resolved.get(name);
        if (!variable) return { name, layer: null, value: null, secret: false };
        return { name, layer: variable.layer, value: expanded[name] ?? null, secret: variable.secret };
      });
    },
    'variables.moveCredential': ({ collectionFile, name, value, url, variable }) => {
      const origin = originOf(url);
      const folder = collectionFile ? folderOf(collectionFile) : '';
      const stored = store.addFolderSecret(
        collectionDir(),
        folder,
        variable ?? variableNameFor(name),
        value,
        origin ? [origin] : [],
      );
      return { variable: stored };
    },
  };
}
