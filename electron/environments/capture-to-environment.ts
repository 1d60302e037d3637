/**
 * Captured values the user asked to keep ("env" on a capture) go into the collection's active environment,
 * so later requests and sessions see them. A variable that is secret there stays secret (its value is
 * sealed again); a new one is plain. A value holding a secret is kept only in a secret variable, never in
 * clear. Without an active environment nothing is kept, and the message says so.
 */
import type { VariableInput } from '../../shared/environments/types';
import { errorMessage } from '../../shared/values';
import type { VariableStore } from './variable-store';

export interface EnvironmentCaptures {
  /** Keeps the values; returns what the user should read about it. */
  /** `secret`: the value holds one of the exchange's secrets (a token the login returned). */
  keep(values: readonly { readonly variable: string; readonly value: string; readonly secret: boolean }[]): string;
}

export function createEnvironmentCaptures(
  store: Pick<VariableStore, 'view' | 'saveEnvironment'>,
  collectionDir: () => string,
): EnvironmentCaptures {
  return {
    keep(values) {
      const names = values.map((item) => item.variable).join(', ');
      const collection = collectionDir();
      const view = store.view(collection);
      const active = view.environments.find((environment) => environment.name === view.active);
      if (!active) return `No environment is active: ${names} was captured for this send only.`;
      const exposed = values.filter(
        (item) =>
          item.secret && !active.variables.some((variable) => variable.name === item.variable && variable.secret),
      );
      if (exposed.length > 0)
        return `${exposed.map((item) => item.variable).join(', ')} holds a secret: add it to the environment “${active.name}” as a secret variable first, then it is kept there sealed.`;
      const captured = new Map(values.map((item) => [item.variable, item.value]));
      const variables: VariableInput[] = active.variables.map((variable) =>
        captured.has(variable.name)
          ? {
              name: variable.name,
              value: captured.get(variable.name),
              secret: variable.secret,
              allowedOrigins: [...variable.allowedOrigins],
            }
          : // Without a value, a stored variable keeps what it has (a secret's sealed value included).
            {
              name: variable.name,
              secret: variable.secret,
              allowedOrigins: [...variable.allowedOrigins],
              ...(variable.secret ? {} : { value: variable.value }),
            },
      );
      for (const [name, value] of captured)
        if (!active.variables.some((variable) => variable.name === name)) variables.push({ name, value });
      try {
        store.saveEnvironment(collection, { name: active.name, colour: active.colour, variables });
      } catch (error) {
        return `${names} could not be kept in the environment “${active.name}”: ${errorMessage(error)}`;
      }
      return `Kept ${names} in the environment “${active.name}”.`;
    },
  };
}
