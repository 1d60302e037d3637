/**
 * What a plan will create, in words and paths, without any secret value: the preview the app shows, the
 * report the CLI prints, and what crosses IPC (secrets by variable name and source only).
 */
import { fileNameFor, type FolderVariable } from '../collections/format';
import { providerDefinition } from '../providers/registry';
import { importFormatLabels, type ImportFormat, type ImportPlan, type ReportItem } from './types';

export interface SecretToSet {
  readonly variable: string;
  readonly source: string;
  /** `APSIS Pro profile field "apiKey"`, or null for a secret variable of the collection. */
  readonly profileField: string | null;
}

/** A provider profile the import can create or fill: its secrets by field name only. */
export interface ProfileToStore {
  /** Its place in the plan's profiles: what a choice about it names. */
  readonly index: number;
  readonly provider: string;
  readonly providerName: string;
  readonly baseUrl: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly secretFields: readonly string[];
  readonly requests: readonly string[];
}

export interface PlanSummary {
  readonly format: ImportFormat;
  readonly formatLabel: string;
  readonly title: string;
  readonly folders: readonly string[];
  /** `folder/file.yaml` per request, in order (a taken name gets a number when written). */
  readonly files: readonly {
    readonly path: string;
    readonly name: string;
    readonly method: string;
    readonly sandbox: string;
  }[];
  readonly variables: readonly FolderVariable[];
  readonly secrets: readonly SecretToSet[];
  readonly report: readonly ReportItem[];
  readonly profiles: readonly ProfileToStore[];
}

const join = (a: string, b: string) => (a && b ? `${a}/${b}` : a || b);

export function summarisePlan(plan: ImportPlan, under = ''): PlanSummary {
  const taken = new Set<string>();
  const files = plan.requests.map((request) => {
    const folder = join(under, request.folder);
    const base = fileNameFor(request.name).replace(/\.yaml$/, '');
    let path = join(folder, `${base}.yaml`);
    for (let n = 2; taken.has(path.toLowerCase()); n += 1) path = join(folder, `${base}-${n}.yaml`);
    taken.add(path.toLowerCase());
    return { path, name: request.name, method: request.draft.method, sandbox: request.draft.sandbox };
  });
  return {
    format: plan.format,
    formatLabel: importFormatLabels[plan.format],
    title: plan.title,
    folders: plan.folders.map((f) => join(under, f.path)).filter((f) => f !== ''),
    files,
    variables: plan.variables.map((v) => (v.secret ? { ...v, value: '' } : v)),
    secrets: plan.secrets.map((s) => ({
      variable: s.variable,
      source: s.source,
      profileField: s.providerField
        ? `${providerDefinition(s.providerField.provider).name} profile field "${s.providerField.field}"`
        : null,
    })),
    report: plan.report,
    profiles: (plan.profiles ?? []).map((found, index) => ({
      index,
      provider: found.provider,
      providerName: providerDefinition(found.provider).name,
      baseUrl: found.baseUrl,
      fields: found.fields,
      secretFields: Object.keys(found.secrets),
      requests: found.requests,
    })),
  };
}

/** The report as the CLI prints it (and a user reads it): counts, then what was not carried over, then what to set. */
export function reportText(summary: PlanSummary, into: string): string {
  const lines = [
    `Imported ${summary.formatLabel} "${summary.title}" into ${into}: ${summary.files.length} request${summary.files.length === 1 ? '' : 's'}${summary.folders.length ? ` in ${summary.folders.length} folder${summary.folders.length === 1 ? '' : 's'}` : ''}${summary.variables.length ? `, ${summary.variables.length} variable${summary.variables.length === 1 ? '' : 's'}` : ''}.`,
  ];
  if (summary.report.length) {
    lines.push('', 'Not carried over or to check:');
    for (const item of summary.report) lines.push(`  - ${item.item}: ${item.message}`);
  }
  const variables = summary.secrets.filter((s) => !s.profileField);
  const fields = summary.secrets.filter((s) => s.profileField);
  if (variables.length) {
    lines.push('', 'Secrets found (not written to any file): set these secret variables on the collection folder:');
    for (const s of variables) lines.push(`  - {{${s.variable}}}  from ${s.source}`);
  }
  if (fields.length) {
    lines.push('', 'Provider credentials found (not written to any file): enter them in a profile:');
    for (const s of fields) lines.push(`  - ${s.profileField}  from ${s.source}`);
  }
  return `${lines.join('\n')}\n`;
}
