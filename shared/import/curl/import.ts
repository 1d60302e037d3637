/** A cURL command → a plan of one request. */
import { defaultRequestName } from '../../collections/format';
import { createSecretCollector } from '../secrets';
import { callToDraft } from '../to-request';
import type { ImportResult, ProviderProfileFound, ReportItem } from '../types';
import { parseCurl } from './parse';

export function importCurl(text: string): ImportResult {
  const parsed = parseCurl(text);
  if (!parsed.ok) return parsed;
  const name = defaultRequestName(parsed.call.method, parsed.call.url);
  const secrets = createSecretCollector();
  const report: ReportItem[] = parsed.report.map((r) => ({ ...r, item: name }));
  const profiles: ProviderProfileFound[] = [];
  const draft = callToDraft(parsed.call, name, { secrets, report, recogniseProviders: true, profiles });
  return {
    ok: true,
    plan: {
      format: 'curl',
      title: name,
      folders: [],
      requests: [{ folder: '', name, draft }],
      variables: [],
      secrets: secrets.list(),
      report,
      profiles,
    },
  };
}
