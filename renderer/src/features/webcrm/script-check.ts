/**
 * Why a /Queries script is not sent: it is not SQL at all. webCRM would answer with its parser's dump, so
 * the script is refused here as INSERT is, with the place to fix. The parser arrives in its own chunk.
 */
import type { ProviderDraft } from '../../../../shared/providers/types';
import { scriptOf } from './query-draft';

export async function scriptRefusal(draft: ProviderDraft): Promise<string | null> {
  const script = scriptOf(draft);
  if (script.trim() === '') return null;
  const { parseStatements, syntaxErrorInfo } = await import('../../../../shared/providers/webcrm/sql/parser');
  try {
    parseStatements(script);
    return null;
  } catch (error) {
    const info = syntaxErrorInfo(error, script);
    const before = script.slice(0, info.offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    return `the script is not valid SQL (line ${line}, column ${column}): ${info.message}. Fix it in the SQL editor.`;
  }
}
