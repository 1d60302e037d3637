/** The mocks' body reader: every form encoding a client may send reaches the handler as fields. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startMockHttpServer, type MockServerHandle } from './http-kit';

let server: MockServerHandle;
beforeAll(async () => {
  server = await startMockHttpServer((request) => json(200, request.fields));
});
afterAll(() => server.close());

const multipart = (boundary: string) =>
  [`--${boundary}`, 'Content-Disposition: form-data; name="boxid"', '', '3', `--${boundary}--`, ''].join('\r\n');

describe('the mock body reader', () => {
  it('reads a multipart body whose boundary has upper-case letters (as Parley writes it)', async () => {
    const boundary = '----ParleyFormBoundaryAbCdEf';
    const response = await fetch(`${server.baseUrl}/x`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: multipart(boundary),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ boxid: '3' });
  });

  it('reads a multipart body with an upper-case media type and a quoted boundary', async () => {
    const boundary = 'XyZ-123';
    const response = await fetch(`${server.baseUrl}/x?from=query`, {
      method: 'POST',
      headers: { 'Content-Type': `Multipart/Form-Data; boundary="${boundary}"` },
      body: multipart(boundary),
    });
    expect(await response.json()).toEqual({ from: 'query', boxid: '3' });
  });
});
