/** Programs for tests: every provider's Demo request and a Plain HTTP request using every kind of value. */
import type { CodeProgram } from '../../../shared/codegen/program';
import type { ProfileView } from '../../../shared/profiles/schema';
import { providerDefinition } from '../../../shared/providers/registry';
import type { ProviderId } from '../../../shared/providers/types';
import { emptyDraft, type RequestDraft } from '../../../shared/request/draft';
import { createProviderAuths, mainProviderModules } from '../../providers/registry';
import { testProfile } from '../../providers/testing/send';
import { programForDraft } from '../program-for-draft';

/** Each provider's connection-test call: its Demo request. */
function connectionTestOf(id: ProviderId) {
  return createProviderAuths(mainProviderModules, { clock: { now: () => Date.now() } }).get(id).connectionTest;
}

export const trickySecret = `p$a'ss"w\\o rd`;

export interface DemoProgram {
  readonly name: string;
  readonly program: CodeProgram;
  /** Environment variable → the secret value it stands for. */
  readonly values: Readonly<Record<string, string>>;
}

async function generate(name: string, draft: RequestDraft, profile: ProfileView, secrets: Record<string, string>) {
  const result = await programForDraft(draft, {
    profile: (id) => (id === profile.id ? profile : undefined),
    mocks: { resolveBaseUrl: async (url) => url.replace(/^mock:\/\//, 'http://127.0.0.1:4100/') },
  });
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
  const values = Object.fromEntries(Object.entries(result.secretOf).map(([env, key]) => [env, secrets[key] ?? '']));
  return { name, program: result.program, values };
}

export async function demoPrograms(uploadPath: string): Promise<DemoProgram[]> {
  const programs: DemoProgram[] = [];
  for (const id of ['apwt', 'wbteampro', 'whmcs-clientapi', 'apsis', 'webcrm'] as ProviderId[]) {
    const definition = providerDefinition(id);
    const profile = testProfile(
      id,
      'http://127.0.0.1:4100/',
      { ...definition.demoProfile.fields },
      Object.keys(definition.demoProfile.secrets),
    );
    const draft = { ...emptyDraft(id), profileId: profile.id, provider: { ...connectionTestOf(id) } };
    programs.push(await generate(definition.name, draft, profile, { ...definition.demoProfile.secrets }));
  }
  const plain = testProfile('http', 'https://api.example.com', {}, ['apiKey']);
  const draft: RequestDraft = {
    ...emptyDraft('http'),
    profileId: plain.id,
    method: 'POST',
    url: '/upload?q={{apiKey}}',
    headers: [{ name: 'X-Api-Key', value: '{{apiKey}}', enabled: true }],
    body: {
      kind: 'multipart',
      parts: [
        { name: 'note', value: `it's $HOME "quoted" \\ back` },
        { name: 'secret', value: '{{apiKey}}' },
        { name: 'file', filePath: uploadPath, fileName: 'data file.bin', contentType: 'application/octet-stream' },
      ],
    },
  };
  programs.push(await generate('Plain HTTP multipart', draft, plain, { apiKey: trickySecret }));
  programs.push(
    await generate(
      'Plain HTTP form',
      {
        ...draft,
        body: {
          kind: 'form',
          fields: [
            { name: 'a', value: `$x 'y' "z" \\` },
            { name: 'k', value: '{{apiKey}}' },
          ],
        },
      },
      plain,
      { apiKey: trickySecret },
    ),
  );
  return programs;
}
