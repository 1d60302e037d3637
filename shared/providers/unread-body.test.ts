import { describe, expect, it } from 'vitest';
import { interpretApsis } from './apsis/interpret';
import { interpretApwt } from './apwt/interpret';
import type { ResponseForInterpretation } from './types';
import { interpretWhmcsClientApi } from './whmcs-clientapi/interpret';

const streamedToFile = (status: number): ResponseForInterpretation => ({
  status,
  headers: [],
  contentType: 'application/json',
  bodyText: null,
  draft: { endpointId: null, params: {} },
});

describe('a body too large to read in main', () => {
  it.each([
    ['AllProWebTools', interpretApwt],
    ['APSIS', interpretApsis],
    ['WHMCS Client API', interpretWhmcsClientApi],
  ])('%s judges nothing and points to the response viewer', (_name, interpret) => {
    expect(interpret(streamedToFile(502))).toEqual({
      outcome: 'unknown',
      summary: 'HTTP 502: the body was too large to read here; open it from the response viewer',
      hints: [],
    });
  });
});
