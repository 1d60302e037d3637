/** A program → a snippet in one target, with what the target cannot compute turned into variables. */
import { precomputed } from './expr';
import type { CodeProgram, CodeTargetId } from './program';
import { codeTargets } from './targets';

export function renderCode(program: CodeProgram, target: CodeTargetId): string {
  const chosen = codeTargets[target];
  return chosen.render(chosen.precomputed.length > 0 ? precomputed(program, new Set(chosen.precomputed)) : program);
}
