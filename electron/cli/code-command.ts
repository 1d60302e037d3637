/**
 * `parley code <saved-request-file> --target <id> [--profile-file f]`: prints a saved request as code,
 * every secret an environment-variable placeholder. The profile comes from a Parley profile export
 * (its secrets, sealed or not, are never read); without one, the provider's default base URL is used.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { codeTargetIds, type CodeTargetId } from '../../shared/codegen/program';
import { renderCode } from '../../shared/codegen/render';
import { collectionFileSchema } from '../../shared/collections/format';
import { maskSecret, variableSchema, type ProfileView } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import { sandboxIds } from '../../shared/providers/sandboxes';
import { programForDraft } from '../codegen/program-for-draft';
import { UsageError } from './args';

export const codeUsage = `Usage: npm run parley -- code <saved-request-file> --target <id> [--profile-file <export.json>]
  --target         one of ${codeTargetIds.join(', ')}
  --profile-file   a Parley profile export; the request's profile is found in it by name`;

export interface CodeCommand {
  readonly file: string;
  readonly target: CodeTargetId;
  readonly profileFile: string | null;
}

export function parseCodeArgs(argv: readonly string[]): CodeCommand {
  const [, file, ...rest] = argv;
  if (!file || file.startsWith('--')) throw new UsageError('A saved request file is required.');
  let target: string | null = null;
  let profileFile: string | null = null;
  for (let index = 0; index < rest.length; index += 1) {
    const flag = rest[index];
    const value = rest[index + 1];
    if (value === undefined) throw new UsageError(`${flag ?? ''} needs a value.`);
    if (flag === '--target') target = value;
    else if (flag === '--profile-file') profileFile = value;
    else throw new UsageError(`Unknown option "${flag ?? ''}".`);
    index += 1;
  }
  if (!target) throw new UsageError('--target is required.');
  const known = codeTargetIds.find((id) => id === target);
  if (!known) throw new UsageError(`"${target}" is not a target: use one of ${codeTargetIds.join(', ')}.`);
  return { file, target: known, profileFile };
}

const exportedProfiles = z.object({
  profiles: z.array(
    z.object({
      providerId: z.enum(sandboxIds),
      name: z.string(),
      baseUrl: z.string(),
      fields: z.record(z.string(), z.string()),
      variables: z.array(variableSchema).default([]),
      tlsVerify: z.boolean().default(true),
      secretFields: z.array(z.string()).default([]),
    }),
  ),
});

function view(profile: z.infer<typeof exportedProfiles>['profiles'][number]): ProfileView {
  const now = new Date(0).toISOString();
  return {
    id: 'cli',
    providerId: profile.providerId,
    name: profile.name,
    baseUrl: profile.baseUrl,
    environment: 'live',
    fields: profile.fields,
    secrets: Object.fromEntries(profile.secretFields.map((key) => [key, maskSecret('x')])),
    variables: profile.variables,
    notes: '',
    tlsVerify: profile.tlsVerify,
    order: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** The provider's own defaults: its documented base URL, its demo fields, every secret field a placeholder. */
function defaultProfile(sandbox: ProfileView['providerId']): ProfileView | null {
  if (sandbox === 'http') return null;
  const definition = providerDefinition(sandbox);
  if (!definition) return null;
  return view({
    providerId: sandbox,
    name: 'Default',
    baseUrl: definition.defaultBaseUrl,
    fields: { ...definition.demoProfile.fields },
    variables: [],
    tlsVerify: true,
    secretFields: definition.profileFields.filter((f) => f.secret).map((f) => f.key),
  });
}

export async function runCode(command: CodeCommand): Promise<{ code: number; out: string; err: string }> {
  const saved = collectionFileSchema.safeParse(parseYaml(await readFile(command.file, 'utf8')));
  if (!saved.success)
    return {
      code: 2,
      out: '',
      err: `${command.file} is not a saved Parley request: ${saved.error.issues[0]?.message}\n`,
    };
  const { request, profile: profileName } = saved.data;
  let profile: ProfileView | null = null;
  if (command.profileFile) {
    const read = exportedProfiles.safeParse(JSON.parse(await readFile(command.profileFile, 'utf8')));
    if (!read.success) return { code: 2, out: '', err: `${command.profileFile} is not a Parley profile export.\n` };
    const candidates = read.data.profiles.filter((p) => p.providerId === request.sandbox);
    const found = candidates.find((p) => p.name === profileName) ?? candidates[0];
    if (!found) return { code: 2, out: '', err: `${command.profileFile} has no ${request.sandbox} profile.\n` };
    profile = view(found);
  } else profile = defaultProfile(request.sandbox);
  const result = await programForDraft(
    { ...request, profileId: profile?.id ?? null },
    { profile: () => profile ?? undefined, mocks: { resolveBaseUrl: async (url) => url } },
  );
  if (!result.ok) return { code: 2, out: '', err: `${result.problems.map((p) => p.message).join('\n')}\n` };
  return { code: 0, out: renderCode(result.program, command.target), err: '' };
}

/** The verb as the CLI runs it: usage errors print the usage and exit 2. */
export async function runCodeVerb(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCodeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${codeUsage}\n`);
    return 2;
  }
  const result = await runCode(command);
  process.stdout.write(result.out);
  process.stderr.write(result.err);
  return result.code;
}
