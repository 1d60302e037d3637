/**
 * Workspace variables, separate from credential profiles: global ones, a collection's environments
 * (local / staging / live, one active per collection, each with a colour) and folder variables.
 *
 * Resolution order, weakest first (a later layer wins):
 *   1. global variables
 *   2. the collection's own variables (its top `folder.parley.yaml`)
 *   3. the collection's active environment
 *   4. folder variables, outer folder to inner folder
 *   5. the request's profile (its fields, secrets and variables)
 * `{{$timestamp}}`, `{{$isoTimestamp}}`, `{{$isoDate}}`, `{{$uuid}}` and `{{$randomInt}}` are dynamic and
 * never shadowed. Secret variables hold their value in the vault, are masked in the window and are
 * substituted only into requests to one of their allowed origins.
 */
import { z } from 'zod';

export const variableNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'A variable name starts with a letter or _ and has letters, digits, _ . -');

const originSchema = z
  .string()
  .max(2048)
  .transform((value, ctx) => {
    try {
      const origin = new URL(value).origin;
      if (origin === 'null') throw new Error('no origin');
      return origin;
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an origin such as https://api.example.com` });
      return z.NEVER;
    }
  });

export const variableInputSchema = z.object({
  name: variableNameSchema,
  /** For a secret: undefined keeps the stored value, '' clears it. */
  value: z
    .string()
    .max(64 * 1024)
    .optional(),
  secret: z.boolean().default(false),
  /** Where a secret may be sent (scheme://host[:port]); ignored for plain variables. */
  allowedOrigins: z.array(originSchema).max(50).default([]),
});
export type VariableInput = z.input<typeof variableInputSchema>;
export type ParsedVariableInput = z.output<typeof variableInputSchema>;

export interface VariableView {
  readonly name: string;
  /** The value, or a mask (`••••a1b2`) for a secret. */
  readonly value: string;
  readonly secret: boolean;
  /** A secret has a stored value. */
  readonly set: boolean;
  readonly allowedOrigins: readonly string[];
}

export const environmentColours = ['grey', 'green', 'blue', 'amber', 'red', 'purple'] as const;
export const environmentColourSchema = z.enum(environmentColours);
export type EnvironmentColour = z.infer<typeof environmentColourSchema>;

export interface EnvironmentView {
  readonly name: string;
  readonly colour: EnvironmentColour;
  readonly variables: readonly VariableView[];
}

export interface WorkspaceVariablesView {
  readonly collection: string;
  readonly globals: readonly VariableView[];
  readonly environments: readonly EnvironmentView[];
  readonly active: string | null;
  /** Folder path ('' for the collection's top) → its secret variables, masked. */
  readonly folderSecrets: Readonly<Record<string, readonly VariableView[]>>;
}

/** Which layer a `{{name}}` took its value from, for the hover. */
export interface VariableExplanation {
  readonly name: string;
  /** 'global', 'collection', 'environment local', 'folder users/admin', 'dynamic', or null when undefined. */
  readonly layer: string | null;
  /** Masked for secrets; null when no layer defines it. */
  readonly value: string | null;
  readonly secret: boolean;
}
