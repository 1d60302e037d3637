import { describe, expect, it } from 'vitest';
import type { ResponseForInterpretation } from '../types';
import { interpretApwt } from './interpret';

const reply = (bodyText: string, status = 200, contentType = 'application/json'): ResponseForInterpretation => ({
  status,
  headers: [],
  contentType,
  bodyText,
  draft: { endpointId: 'orders.new', params: {} },
});

describe('APWT interpretation', () => {
  it('reads status ok as success', () => {
    expect(interpretApwt(reply('{"status":"ok"}'))).toMatchObject({ outcome: 'ok', summary: 'status "ok"' });
  });

  it('treats HTTP 200 with status error as a failure showing msg', () => {
    const result = interpretApwt(reply('{"status":"error","msg":"Duplicate invoice_num: invoice 99 already exists"}'));
    expect(result).toMatchObject({ outcome: 'error', summary: 'Duplicate invoice_num: invoice 99 already exists' });
    expect(result.hints.join(' ')).toContain('unique');
  });

  it('turns returned lists into tables', () => {
    const result = interpretApwt(
      reply('{"status":"ok","boxes":[{"id":1,"name":"Newsletter"},{"id":2,"name":"Quote"}]}'),
    );
    expect(result.summary).toBe('status "ok": 2 boxes');
    expect(result.tables?.[0]).toMatchObject({ name: 'boxes', rows: [{ id: 1 }, { id: 2 }] });
  });

  it('shows the plain-text credential refusal of the older listener as an error', () => {
    const result = interpretApwt(reply('API credentials not found', 200, 'text/html'));
    expect(result.outcome).toBe('error');
    expect(result.summary).toContain('API credentials not found');
    expect(result.hints[0]).toContain('Settings → Administrator');
  });
});
