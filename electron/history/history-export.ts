/**
 * History → a HAR 1.2 file. Main reads its own history store and writes the file to the path its save
 * dialog returns; the window gets only the file's name and counts. History is recorded masked already;
 * the text is masked once more against every secret the vault holds and the forms main derives from one
 * (MD5, base64 of Basic credentials), so an entry recorded before a secret was rotated in cannot leak it.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { harFromHistory } from '../../shared/export/har';
import type { HistoryEntry } from '../../shared/history/types';
import { redactor } from '../../shared/request/redact';
import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import type { HistoryStore } from './store';

export interface HistoryExportDeps {
  readonly history: Pick<HistoryStore, 'list' | 'get'>;
  readonly dialogs: Pick<MainDialogs, 'saveFile'>;
  /** Every secret value the vault holds, decrypted (main only). */
  readonly secretValues: () => readonly string[];
  /** For the default file name. */
  readonly now: () => Date;
}

const PAGE = 1000;

/** A secret and what main derives from it on the way out: wbTeamPro's MD5, APSIS's and Basic's base64. */
export function derivedForms(secret: string): string[] {
  const md5 = createHash('md5').update(secret).digest('hex');
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return [secret, md5, md5.toUpperCase(), base64(secret), base64(`${secret}:`), base64(`:${secret}`)];
}

/** Newest first, as the list shows them: the matches of `query`, or only `ids` when given. */
async function entriesToExport(
  history: HistoryExportDeps['history'],
  query: string | undefined,
  ids: readonly string[] | undefined,
): Promise<HistoryEntry[]> {
  const wanted = ids ? new Set(ids) : null;
  const entries: HistoryEntry[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await history.list({ limit: PAGE, ...(query ? { query } : {}), ...(before ? { before } : {}) });
    for (const row of page) {
      if (wanted && !wanted.has(row.id)) continue;
      const entry = await history.get(row.id);
      if (entry) entries.push(entry);
    }
    if (page.length < PAGE) return entries;
    before = page[page.length - 1]?.id;
  }
}

export function createHistoryExportHandlers(deps: HistoryExportDeps): Pick<Handlers, 'export.history'> {
  return {
    async 'export.history'({ query, ids }) {
      const entries = await entriesToExport(deps.history, query, ids);
      const exported = harFromHistory(entries);
      const day = deps.now().toISOString().slice(0, 10);
      const target = await deps.dialogs.saveFile({
        title: 'Export history as HAR',
        defaultName: `parley-history-${day}.har`,
        filters: [{ name: 'HAR', extensions: ['har'] }],
      });
      const requests = entries.length - exported.report.length;
      if (!target) return { saved: false, fileName: null, requests, report: exported.report };
      const mask = redactor(deps.secretValues().flatMap(derivedForms));
      await writeFile(target, mask(exported.text), 'utf8');
      return { saved: true, fileName: path.basename(target), requests, report: exported.report };
    },
  };
}
