import { describe, expect, it } from 'vitest';
import type { SendProgress } from '../../shared/ipc/channels/request';
import { REDACTED } from '../../shared/request/redact';
import { PROGRESS_INTERVAL_MS, progressReporter } from './send-progress';

const secret = 'sk-live-0123456789';

function harness() {
  const reports: SendProgress[] = [];
  let clock = 0;
  let head = Buffer.alloc(0);
  const reporter = progressReporter({
    requestId: 'r1',
    sensitive: [secret],
    report: (progress) => reports.push(progress),
    now: () => clock,
  });
  reporter.onResponseStart({
    responseId: 'resp-1',
    status: 200,
    statusText: 'OK',
    headers: [
      ['Content-Type', 'application/json'],
      ['X-Echo', `token=${secret}`],
    ],
    head: () => head,
  });
  return {
    reports,
    reporter,
    receive(text: string, total: number | null, advance = 0) {
      clock += advance;
      head = Buffer.concat([head, Buffer.from(text)]);
      reporter.onProgress(head.length, total);
    },
  };
}

describe('send progress', () => {
  it('reports status and headers at once, then the first whole lines, secrets masked', () => {
    const run = harness();
    run.reporter.onProgress(0, 1000);
    expect(run.reports[0]).toMatchObject({ requestId: 'r1', responseId: 'resp-1', status: 200, receivedBytes: 0 });
    expect(JSON.stringify(run.reports)).not.toContain(secret);
    expect(run.reports[0]?.headers[1]).toEqual(['X-Echo', `token=${REDACTED}`]);

    // The first bytes go out at once, cut back to the last whole line.
    run.receive(`{"token":"${secret}"}\n{"half":"sk-li`, 1000);
    expect(run.reports[1]?.preview).toBe(`{"token":"${REDACTED}"}\n`);
    expect(JSON.stringify(run.reports)).not.toContain('sk-li"');
  });

  it('sends later updates at most every interval, and always the last one', () => {
    const run = harness();
    run.receive('line 1\n', 100);
    run.receive('line 2\n', 100, 10);
    expect(run.reports).toHaveLength(1);
    run.receive('line 3\n', 100, PROGRESS_INTERVAL_MS);
    expect(run.reports).toHaveLength(2);
    expect(run.reports[1]).toMatchObject({ receivedBytes: 21, totalBytes: 100, preview: 'line 1\nline 2\nline 3\n' });
    run.receive('end', 24, 1);
    expect(run.reports.at(-1)).toMatchObject({ receivedBytes: 24, preview: 'line 1\nline 2\nline 3\nend' });
  });

  it('sends no preview of a binary body', () => {
    const run = harness();
    run.reporter.onResponseStart({
      responseId: 'resp-2',
      status: 200,
      statusText: 'OK',
      headers: [['Content-Type', 'image/png']],
      head: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a]),
    });
    run.reporter.onProgress(5, 10);
    expect(run.reports.at(-1)?.preview).toBeUndefined();
  });

  it('streams only the status and byte counts when the answer may hand out secrets not known yet', () => {
    const reports: SendProgress[] = [];
    const reporter = progressReporter({
      requestId: 'r2',
      sensitive: [],
      report: (p) => reports.push(p),
      showContent: false,
    });
    reporter.onResponseStart({
      responseId: 'resp-3',
      status: 200,
      statusText: 'OK',
      headers: [['Set-Cookie', 'session=fresh-token']],
      head: () => Buffer.from('{"access_token":"fresh-token"}\n'),
    });
    reporter.onProgress(31, 31);
    expect(reports).toEqual([
      {
        requestId: 'r2',
        responseId: 'resp-3',
        status: 200,
        statusText: 'OK',
        headers: [],
        receivedBytes: 31,
        totalBytes: 31,
      },
    ]);
  });
});
