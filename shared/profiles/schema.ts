/**
 * Credential profiles as the renderer sees them: metadata and masked secrets, never a secret value.
 * Secret fields are write-only from the renderer's side (ProfileInput.secrets).
 */
import { z } from 'zod';
import { patchSchema } from '../patch';
import { sandboxIds } from '../providers/sandboxes';

export const environmentSchema = z.enum(['live', 'test', 'demo']);
export type ProfileEnvironment = z.infer<typeof environmentSchema>;

export const variableSchema = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'Variable names use letters, digits, _ . -')
    .max(128),
  value: z.string().max(64 * 1024),
});
export type ProfileVariable = z.infer<typeof variableSchema>;

export const profileIdSchema = z.string().min(1).max(64);

export interface MaskedSecret {
  readonly set: boolean;
  /** `••••a1b2`: the last four characters at most, and only for values long enough to stay secret. */
  readonly masked: string;
}

export interface ProfileView {
  readonly id: string;
  readonly providerId: (typeof sandboxIds)[number];
  readonly name: string;
  readonly baseUrl: string;
  readonly environment: ProfileEnvironment;
  /** Non-secret provider fields (usernames, URL style, region…). */
  readonly fields: Readonly<Record<string, string>>;
  readonly secrets: Readonly<Record<string, MaskedSecret>>;
  readonly variables: readonly ProfileVariable[];
  readonly notes: string;
  /** Off only by the user's choice, per profile; every response it affects carries a warning. */
  readonly tlsVerify: boolean;
  readonly order: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const profileInputSchema = z.object({
  providerId: z.enum(sandboxIds),
  name: z.string().trim().min(1, 'A profile needs a name').max(120),
  baseUrl: z.string().max(2048),
  environment: environmentSchema,
  fields: z.record(z.string().max(64), z.string().max(4096)),
  /** Write-only: a string sets the secret, null clears it, an absent key keeps what is stored. */
  secrets: z.record(z.string().max(64), z.string().max(8192).nullable()).default({}),
  variables: z.array(variableSchema).max(500).default([]),
  notes: z
    .string()
    .max(64 * 1024)
    .default(''),
  tlsVerify: z.boolean().default(true),
});
export type ProfileInput = z.input<typeof profileInputSchema>;

const MASK = '••••';

/** Masks a secret for display: values under 12 characters show no characters at all. */
export function maskSecret(value: string | undefined): MaskedSecret {
  if (!value) return { set: false, masked: '' };
  return { set: true, masked: value.length >= 12 ? `${MASK}${value.slice(-4)}` : MASK };
}

/**
 * A change to a stored profile: only the keys present change (no defaults here, unlike ProfileInput,
 * so an absent `variables` keeps the variables). `secrets` keeps ProfileInput's write-only rules.
 */
export const profilePatchSchema = patchSchema({
  name: profileInputSchema.shape.name,
  baseUrl: profileInputSchema.shape.baseUrl,
  environment: environmentSchema,
  fields: profileInputSchema.shape.fields,
  secrets: z.record(z.string().max(64), z.string().max(8192).nullable()),
  variables: z.array(variableSchema).max(500),
  notes: z.string().max(64 * 1024),
  tlsVerify: z.boolean(),
});
export type ProfilePatch = z.infer<typeof profilePatchSchema>;
