import { z } from 'zod';
import { channel } from '../define';
import {
  environmentColourSchema,
  variableInputSchema,
  variableNameSchema,
  type VariableExplanation,
  type WorkspaceVariablesView,
} from '../../environments/types';

const collectionFile = z
  .string()
  .max(1024)
  .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\]+$/, 'A path inside the collection')
  .nullable()
  .default(null);
const variables = z.array(variableInputSchema).max(1000);

export const variableChannels = {
  'variables.get': channel<WorkspaceVariablesView>()(
    z.object({}).strict(),
    "Global variables and the current collection's environments (secrets masked) and which one is active.",
  ),
  'variables.setGlobals': channel<WorkspaceVariablesView>()(
    z.object({ variables }).strict(),
    'Replaces the global variables. A secret without a value keeps the stored one.',
  ),
  'variables.saveEnvironment': channel<WorkspaceVariablesView>()(
    z
      .object({
        name: z.string().trim().min(1).max(120),
        colour: environmentColourSchema,
        variables,
        previousName: z.string().max(120).optional(),
      })
      .strict(),
    'Creates, replaces or renames an environment of the current collection.',
  ),
  'variables.removeEnvironment': channel<WorkspaceVariablesView>()(
    z.object({ name: z.string().min(1).max(120) }).strict(),
    'Deletes an environment of the current collection.',
  ),
  'variables.setActive': channel<WorkspaceVariablesView>()(
    z.object({ name: z.string().min(1).max(120).nullable() }).strict(),
    "Makes an environment the current collection's active one (null: none).",
  ),
  'variables.explain': channel<readonly VariableExplanation[]>()(
    z.object({ collectionFile, names: z.array(z.string().min(1).max(120)).max(200) }).strict(),
    'For each name: its value (masked for secrets) and the layer it comes from, for the hover on {{name}}.',
  ),
  'variables.moveCredential': channel<{ readonly variable: string }>()(
    z
      .object({
        collectionFile,
        name: z.string().min(1).max(256),
        value: z
          .string()
          .min(1)
          .max(64 * 1024),
        url: z.string().max(8192),
        variable: variableNameSchema.optional(),
      })
      .strict(),
    "Moves a credential typed in clear into a secret variable of the request's folder, allowed for the request's origin.",
  ),
} as const;
