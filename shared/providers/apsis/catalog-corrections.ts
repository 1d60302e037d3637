/**
 * Where Parley departs from the reference table: the known bugs of the third-party client it comes from
 * (PROVIDER-FACTS.md, "Caveats"), and the query parameters its `??{query};` placeholders stand for.
 * Every departure is shown to the user as the entry's assumption.
 */
import type { ParamSpec } from '../catalog';

export interface ApsisCorrection {
  readonly verb?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path?: string;
  readonly note: string;
}

export const apsisCorrections: Readonly<Record<string, ApsisCorrection>> = {
  'Sending.getOptOuts': {
    path: '/v1/sendqueues/{sendQueueId}/optouts',
    note: 'The reference client sends this to …/opens (a copy of getOpens); Parley uses …/optouts. Check it against the method page.',
  },
  'OptOut.getOptOutListBySendqueueId': {
    path: '/v1/optouts/sendqueues/{sendQueueId}/queued',
    note: 'The reference client has the typo "sendqueuess"; Parley uses "sendqueues".',
  },
  'Event.addAttendee': {
    verb: 'POST',
    note: 'The reference client sends GET with a body, which HTTP clients drop; Parley sends POST. Check it against the method page.',
  },
  'Sending.getSendingsByDateInterval': {
    path: '/v1/sendqueues/date/from/{startYmdTHis}/to/{endYmdTHis}',
    note: 'The reference client puts the start date in both places; Parley has a separate end date.',
  },
  'MailingList.deleteAllMailinglistSubscriptions': {
    note: 'The Ruby client uses /v1/mailinglists/{id}/subscriptions/all for the same call; edit the path if the v2 shape is refused.',
  },
  'Subscriber.createSubscribers': {
    note: 'The Ruby client uses /v1/subscribers/mailinglist/{id}/queue; the official method takes 1–10 subscribers per call.',
  },
};

const date = (name: string, description: string): ParamSpec => ({
  name,
  in: 'query',
  type: 'datetime',
  required: false,
  description,
  example: '2026-01-01T00:00:00',
});

const dateRange: readonly ParamSpec[] = [
  date('dateFrom', 'From this date and time (optional)'),
  date('dateTo', 'Up to this date and time (optional)'),
];

/** What each `??{query};` placeholder of the reference stands for. */
export const apsisQueryParams: Readonly<
  Record<string, { readonly params: readonly ParamSpec[]; readonly note: string }>
> = {
  'Sending.getBounces': { params: dateRange, note: 'Query parameters dateFrom/dateTo per the method list.' },
  'Sending.getClicks': { params: dateRange, note: 'Query parameters dateFrom/dateTo per the method list.' },
  'Sending.getOpens': { params: dateRange, note: 'Query parameters dateFrom/dateTo per the method list.' },
  'Sending.getOptOuts': { params: dateRange, note: 'Query parameters dateFrom/dateTo per the method list.' },
  'Transactional.getTransactionalBounces': {
    params: dateRange,
    note: 'The reference passes an unnamed query: dateFrom/dateTo are assumed, as for sendings.',
  },
  'Transactional.getTransactionalClicks': {
    params: dateRange,
    note: 'The reference passes an unnamed query: dateFrom/dateTo are assumed, as for sendings.',
  },
  'Transactional.getTransactionalOpens': {
    params: dateRange,
    note: 'The reference passes an unnamed query: dateFrom/dateTo are assumed, as for sendings.',
  },
  'Sms.getIncomingSmsMessages': {
    params: dateRange,
    note: 'The reference passes an unnamed query: dateFrom/dateTo are assumed.',
  },
  'Transactional.sendTransactionalEmail': {
    params: [
      {
        name: 'sendingType',
        in: 'query',
        type: 'string',
        required: false,
        description: 'How the email is sent; "t" (transactional) when empty',
        example: 't',
      },
    ],
    note: 'The reference passes an unnamed query: sendingType is assumed.',
  },
};
