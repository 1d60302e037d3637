/**
 * JUnit XML as Jenkins and GitLab read it (the Ant/JUnit-4 schema): one testsuite per folder, one
 * testcase per iteration × request × assertion with a unique name that says the iteration and data row,
 * `classname` the collection/folder path, time in seconds, `failure` with expected and actual.
 */
import type { RunEntry, RunReport } from '../../../shared/run/report';

function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 cannot carry most control characters, even escaped.
      // eslint-disable-next-line no-control-regex -- matching exactly those characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function where(entry: RunEntry): string {
  const row = entry.dataRow === null ? '' : `, row ${entry.dataRow}`;
  return `[iteration ${entry.iteration}${row}] ${entry.request}`;
}

interface Case {
  readonly name: string;
  readonly timeMs: number;
  readonly failure: { message: string; detail: string } | null;
  readonly error: string | null;
  readonly skipped: boolean;
}

function casesOf(entry: RunEntry): Case[] {
  const base = where(entry);
  if (entry.skipped) return [{ name: base, timeMs: 0, failure: null, error: null, skipped: true }];
  if (entry.error !== null || entry.assertions.length === 0) {
    return [{ name: `${base} › sent`, timeMs: entry.timeMs, failure: null, error: entry.error, skipped: false }];
  }
  return entry.assertions.map((assertion) => ({
    name: `${base} › ${assertion.name}`,
    timeMs: entry.timeMs,
    failure: assertion.passed
      ? null
      : {
          message: `expected ${assertion.expected}, actual ${assertion.actual}`,
          detail: `${entry.method} ${entry.url}`,
        },
    error: null,
    skipped: false,
  }));
}

function testcase(classname: string, item: Case): string {
  const open = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(item.name)}" time="${seconds(item.timeMs)}"`;
  if (item.skipped) return `${open}>\n      <skipped message="not sent: the run stopped before it"/>\n    </testcase>`;
  if (item.error !== null)
    return `${open}>\n      <error message="${escapeXml(item.error)}" type="request">${escapeXml(item.error)}</error>\n    </testcase>`;
  if (item.failure)
    return `${open}>\n      <failure message="${escapeXml(item.failure.message)}" type="assertion">${escapeXml(item.failure.detail)}</failure>\n    </testcase>`;
  return `${open}/>`;
}

export function junitReport(report: RunReport): string {
  const byFolder = new Map<string, RunEntry[]>();
  for (const entry of report.entries) {
    const classname = entry.folder ? `${report.collection}/${entry.folder}` : report.collection;
    byFolder.set(classname, [...(byFolder.get(classname) ?? []), entry]);
  }
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const [classname, entries] of byFolder) {
    const cases = entries.flatMap((entry) => casesOf(entry).map((item) => ({ item, entry })));
    const suiteFailures = cases.filter(({ item }) => item.failure).length;
    const suiteErrors = cases.filter(({ item }) => item.error !== null).length;
    const suiteSkipped = cases.filter(({ item }) => item.skipped).length;
    const time = entries.reduce((sum, entry) => sum + entry.timeMs, 0);
    total += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${escapeXml(classname)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="${suiteSkipped}" time="${seconds(time)}" timestamp="${escapeXml(report.startedAt.replace(/Z$/, ''))}">`,
      ...cases.map(({ item }) => testcase(classname, item)),
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(report.collection)}" tests="${total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
