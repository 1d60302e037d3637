/**
 * APSIS Pro's Code ↔ HTTP status table (Getting started, "Code and HTTP Status Code"), with what each
 * code means and what the user can do about it.
 */
export interface ApsisCodeInfo {
  readonly code: number;
  readonly http: number;
  readonly meaning: string;
  readonly advice: string;
}

export const apsisCodes: readonly ApsisCodeInfo[] = [
  { code: 1, http: 200, meaning: 'OK - successful API request', advice: '' },
  {
    code: -1,
    http: 500,
    meaning: 'Internal Server Error - there was an issue with the API server.',
    advice: 'Contact APSIS support with the request details (method, URL, time) to get this resolved.',
  },
  {
    code: -2,
    http: 400,
    meaning: 'Validation Error - one or more parameters in the request are invalid.',
    advice: 'Check the parameters the message names; body and URL parameters can be case sensitive.',
  },
  {
    code: -3,
    http: 404,
    meaning: 'Not Found - the URL is incorrect and no API method is found to deal with the request.',
    advice: 'Check the path and its version segment (/v1/… or /<resource>/v2/…) against the method list.',
  },
  {
    code: -4,
    http: 401,
    meaning: 'Unauthorized - lack of access rights to perform the API request, for example using an invalid API key.',
    advice:
      'Check the API key (Account → Integrations). A new key can take up to 5 minutes to activate; keys are named without spaces or special characters.',
  },
  {
    code: -5,
    http: 503,
    meaning: 'Busy - the API server is currently not available.',
    advice: 'Wait a little and send again.',
  },
  {
    code: -6,
    http: 503,
    meaning: 'API Disabled - the API service is temporarily offline for maintenance.',
    advice: 'Try again after the maintenance window; nothing is wrong with your request.',
  },
  {
    code: -7,
    http: 503,
    meaning: 'Bad Request - the request is badly formatted.',
    advice: 'Check that the body is valid JSON and that Content-Type is application/json.',
  },
  {
    code: -8,
    http: 405,
    meaning: 'Method not allowed - the API method is not allowed for the given request.',
    advice: 'Use the HTTP verb the method list gives for this URL (GET, POST, PUT or DELETE).',
  },
  {
    code: -9,
    http: 429,
    meaning: 'Rate Limit - too many requests.',
    advice:
      'APSIS allows 60 requests a minute per integration (and identical polls 5 minutes apart): wait a minute and send again.',
  },
];

export function apsisCodeInfo(code: number): ApsisCodeInfo | undefined {
  return apsisCodes.find((info) => info.code === code);
}

/** The code an HTTP status stands for, when a response carries no envelope (a proxy, a gateway). */
export function apsisCodeForHttp(status: number): ApsisCodeInfo | undefined {
  if (status === 503) return apsisCodeInfo(-5);
  return apsisCodes.find((info) => info.http === status);
}
