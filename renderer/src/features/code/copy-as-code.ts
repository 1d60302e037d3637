import type { CodeTargetId } from '../../../../shared/codegen/program';
import type { RequestDraft } from '../../../../shared/request/draft';
import { invoke } from '../../ipc/client';

/** The request as code with placeholders (main generates it; real secrets only via the Code tab's main copy). */
export async function copyAsCode(draft: RequestDraft, target: CodeTargetId): Promise<boolean> {
  const generated = await invoke('code.generate', { draft, target });
  if (generated.code === null) return false;
  await navigator.clipboard.writeText(generated.code);
  return true;
}
