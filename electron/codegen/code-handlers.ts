/**
 * The Code tab's channels. `code.generate` returns placeholders only; `code.copyWithSecrets` fills in the
 * profile's real secrets and writes the clipboard itself, so the window never receives them.
 */
import { createHash } from 'node:crypto';
import { withValues } from '../../shared/codegen/expr';
import { codeTargets } from '../../shared/codegen/targets';
import { renderCode } from '../../shared/codegen/render';
import { HandlerError } from '../../shared/ipc/errors';
import type { ProfileView } from '../../shared/profiles/schema';
import type { ClipboardPort } from '../deps';
import type { Handlers } from '../ipc/router';
import type { PipelineMocks } from '../pipeline/ports';
import { programForDraft } from './program-for-draft';
import { bodyWithFilePaths, type FileGrants } from '../files/file-grants';

export interface CodeHandlerDeps {
  readonly vault: {
    get(profileId: string): ProfileView | undefined;
    secretsFor(profileId: string): Readonly<Record<string, string>>;
  };
  readonly mocks: PipelineMocks;
  readonly clipboard: ClipboardPort | undefined;
  /** Picked files: a snippet reads the file's path, not the window's token for it. */
  readonly files?: FileGrants;
}

const md5Hex = (value: string) => createHash('md5').update(value, 'utf8').digest('hex');

export function createCodeHandlers(deps: CodeHandlerDeps): Pick<Handlers, 'code.generate' | 'code.copyWithSecrets'> {
  const generate = (draft: Parameters<typeof programForDraft>[0]) =>
    programForDraft(deps.files ? { ...draft, body: bodyWithFilePaths(draft.body, deps.files) } : draft, {
      profile: (id) => deps.vault.get(id),
      mocks: deps.mocks,
    });
  return {
    'code.generate': async ({ draft, target }) => {
      const language = codeTargets[target].language;
      const result = await generate(draft);
      if (!result.ok) return { code: null, language, env: [], problems: result.problems };
      return { code: renderCode(result.program, target), language, env: result.program.env, problems: [] };
    },
    'code.copyWithSecrets': async ({ draft, target }) => {
      if (!deps.clipboard) throw new HandlerError('not-found', 'There is no clipboard in this build.');
      const result = await generate(draft);
      if (!result.ok) throw new HandlerError('conflict', result.problems.map((p) => p.message).join(' '));
      const secrets = result.profileId ? deps.vault.secretsFor(result.profileId) : {};
      const values = Object.fromEntries(
        Object.entries(result.secretOf).flatMap(([name, key]) => (secrets[key] ? [[name, secrets[key]]] : [])),
      );
      const code = renderCode(withValues(result.program, values, md5Hex), target);
      deps.clipboard.writeText(code);
      return { copied: true, characters: code.length };
    },
  };
}
