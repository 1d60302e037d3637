/**
 * Every other APSIS method (bounces, sendings, events, imports, SMS, transactional, account, folders,
 * opt-outs, newsletters): a plausible envelope by call type, from seeded fixture rows.
 */
import { fixtureRows } from './data';
import { page, success } from './envelope';
import { numberParam, queued, type MethodContext } from './context';
import type { MockResponse } from '../http-kit';

const verbMessages: Readonly<Record<string, string>> = {
  POST: 'Successfully created',
  PUT: 'Successfully updated',
  DELETE: 'Successfully deleted',
};

/** Direct reads that return one object rather than a list. */
const singles: Readonly<Record<string, (context: MethodContext) => unknown>> = {
  'Account.createSingleSignOnUrl': (context) => `${context.origin}/sso/login?token=demo-sso-token`,
  'Sms.getSmsCredits': () => ({ Credits: 1250 }),
  'Newsletter.getNewsletterWebVersionLink': (context) =>
    `${context.origin}/web/newsletter/${context.path.newsletterId}`,
  'Sending.getSendingById': (context) =>
    fixtureRows('Sending').find((row) => row.Id === numberParam(context, 'sendQueueId')) ?? fixtureRows('Sending')[0],
  'Import.getImportStatus': (context) => ({
    ImportId: numberParam(context, 'importId'),
    Status: 'Completed',
    Progress: 100,
  }),
  'Transactional.getTransactionResult': (context) => ({
    TransactionId: context.path.transactionId,
    Status: 'Delivered',
    Email: 'jane.doe@example.com',
  }),
  'Event.getEventWithSessions': (context) =>
    fixtureRows('Event').find((row) => row.Id === context.path.eventId) ?? fixtureRows('Event')[0],
};

export function genericMethod(context: MethodContext): MockResponse {
  const { endpoint } = context;
  const rows = fixtureRows(endpoint.service);
  if (endpoint.callType === 'paginated')
    return page(rows, numberParam(context, 'pageNumber'), numberParam(context, 'pageSize'));
  if (endpoint.callType === 'queued')
    return queued(
      context,
      endpoint.method === 'GET' || /^get/.test(endpoint.methodName) ? rows : [{ Value: 'Successfully processed' }],
    );
  const single = singles[endpoint.id];
  if (single) return success(single(context));
  if (endpoint.method === 'GET' || /^get/.test(endpoint.methodName)) return success(rows);
  // Creations return the new id, as APSIS does for mailing lists and subscribers.
  const result = endpoint.method === 'POST' ? context.state.nextId++ : null;
  return success(result, verbMessages[endpoint.method] ?? 'OK');
}
