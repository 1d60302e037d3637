import { describe, expect, it } from 'vitest';
import type { ResponseForInterpretation } from '../types';
import { interpretWhmcsClientApi } from './interpret';

const draft = { endpointId: 'client/getdetails', params: {} };
const reply = (contentType: string, bodyText: string, status = 200): ResponseForInterpretation => ({
  status,
  headers: [],
  contentType,
  bodyText,
  draft,
});

describe('Client API interpretation', () => {
  it('shows the message of a success and the products as a table', () => {
    const body = {
      status: 'success',
      message: '2 products found',
      data: { '101': { id: 101, name: 'cPanel Solo' }, '102': { id: 102, name: 'cPanel Admin' } },
    };
    const result = interpretWhmcsClientApi(reply('application/json', JSON.stringify(body)));
    expect(result).toMatchObject({ outcome: 'ok', summary: '2 products found' });
    expect(result.tables?.[0]?.rows).toHaveLength(2);
  });

  it('turns status error into a failure with the message and a hint', () => {
    const result = interpretWhmcsClientApi(
      reply('application/json; charset=utf-8', '{"status":"error","message":"invalid apikey"}'),
    );
    expect(result).toMatchObject({ outcome: 'error', summary: 'invalid apikey' });
    expect(result.hints.join(' ')).toMatch(/API key/);
  });

  it('reports an HTML answer as not JSON, saying what came instead', () => {
    const result = interpretWhmcsClientApi(
      reply(
        'text/html; charset=utf-8',
        '<html><head><title>Client Area - Login</title></head><body>Please login</body></html>',
      ),
    );
    expect(result.outcome).toBe('error');
    expect(result.summary).toContain('text/html instead of application/json');
    expect(result.summary).toContain('Client Area - Login');
  });
});
