/**
 * The APSIS Pro catalog: one entry per row of the reference table, with path, query and body
 * parameters, the call type (direct / paginated / queued) and every correction shown as an assumption.
 */
import type { EndpointSpec, ParamSpec } from '../catalog';
import { apsisBodyExamples } from './catalog-bodies';
import { apsisCorrections, apsisQueryParams } from './catalog-corrections';
import { apsisParam } from './catalog-params';
import { apsisEndpointRows, type ApsisCallType } from './endpoint-table';

export interface ApsisEndpointSpec extends EndpointSpec {
  readonly service: string;
  readonly methodName: string;
  readonly callType: ApsisCallType;
}

const groups: Readonly<Record<string, string>> = {
  MailingList: 'Mailing lists',
  Subscriber: 'Subscribers',
  Filter: 'Filters',
  Newsletter: 'Newsletters',
  Sending: 'Sendings',
  Event: 'Events',
  OptOut: 'Opt-outs',
  Bounce: 'Bounces',
  Open: 'Opens',
  Click: 'Clicks',
  Import: 'Imports',
  Transactional: 'Transactional email',
  Sms: 'SMS',
  Account: 'Account',
  Folder: 'Folders',
};

/** Hand-picked names where the method name reads badly; the e2e suite finds "Get mailing lists" by name. */
const names: Readonly<Record<string, string>> = {
  'MailingList.getMailinglistsPaginated': 'Get mailing lists',
  'MailingList.getAllMailingLists': 'Export all mailing lists',
  'Subscriber.getAllSubscribers': 'Export all subscribers',
  'Subscriber.getSubscribersPaginated': 'Get subscribers',
  'Sms.send': 'Send SMS (v2)',
  'Bounce.getAll': 'Export all bounces',
  'Bounce.getAllPaginated': 'Get all bounces (paged)',
  'Bounce.getByDateInterval': 'Export bounces by date interval',
  'Bounce.getByDateIntervalPaginated': 'Get bounces by date interval (paged)',
  'Sending.getPaginated': 'Get sendings',
  'Account.createSingleSignOnUrl': 'Create single sign-on URL',
};

const popular = new Set([
  'MailingList.getMailinglistsPaginated',
  'MailingList.getMailingListDetails',
  'Subscriber.createSubscriber',
  'Subscriber.getSubscriberDetailsById',
  'Subscriber.getAllSubscribers',
  'Filter.getAllFilters',
]);

function humanise(methodName: string): string {
  const words = methodName
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/mailing ?list/g, 'mailing list')
    .replace(/sendqueue/g, 'send queue')
    .replace(/opt out/g, 'opt-out')
    .replace(/\bsms\b/g, 'SMS')
    .replace(/\b(csv|xml)\b/g, (format) => format.toUpperCase())
    .replace(/\bid\b/g, 'ID');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const callTypeText: Readonly<Record<ApsisCallType, string>> = {
  direct: 'Direct call: the answer is in Result.',
  paginated:
    'Paginated call: Result holds Items, TotalCount and TotalPages; next and previous page are one click away.',
  queued:
    'Queued call: Result holds an OperationGuid and a PollURL. Parley follows the PollURL until State is 2 (Completed), then the DataUrl with the data.',
};

const commonNotes = [
  'Authorization: Basic base64("<API key>:") — the key as user name, an empty password.',
  'Body and URL parameters could be case sensitive.',
];
const queuedNote =
  'Poll states: 0 Waiting, 1 Started, 2 Completed, -1 Error, -2 Fatal error, -3 Rejected (queued too long). Identical polls must be at least 5 minutes apart (terms of usage).';
const limitNotes: Readonly<Record<string, string>> = {
  'Subscriber.createSubscribers': 'Takes 1–10 subscribers per call.',
  'MailingList.createSubscriptions': 'Takes at most 1000 subscriber ids.',
};

function bodyParam(example: unknown): ParamSpec {
  const type = Array.isArray(example) ? 'array' : typeof example === 'string' ? 'string' : 'object';
  return {
    name: 'body',
    in: 'body',
    type,
    required: true,
    example,
    description: `The JSON body (${type === 'string' ? 'a JSON string' : `a JSON ${type}`}); see the example`,
  };
}

function entryOf([
  service,
  methodName,
  verb,
  shape,
  takesBody,
  callType,
]: (typeof apsisEndpointRows)[number]): ApsisEndpointSpec {
  const id = `${service}.${methodName}`;
  const correction = apsisCorrections[id];
  const query = apsisQueryParams[id];
  const [rawPath = '', inlineQuery = ''] = (correction?.path ?? shape).split('?');
  const pathNames = [...new Set([...rawPath.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))];
  const inlineNames = [...inlineQuery.matchAll(/(\w+)=\{\w+\}/g)].map((match) => match[1] ?? '');
  const example = apsisBodyExamples[id];
  const params: ParamSpec[] = [
    ...pathNames.map((name) => apsisParam(name, 'path')),
    ...inlineNames.map((name) => apsisParam(name, 'query')),
    ...(query?.params ?? []),
    ...(takesBody ? [bodyParam(example ?? {})] : []),
  ];
  const assumptions = [
    correction?.note,
    query?.note && !query.note.startsWith('Query parameters') ? query.note : undefined,
    callType === 'queued' && !/queue/i.test(rawPath)
      ? "Queued by the method list's description of this export; the URL does not say so."
      : undefined,
    takesBody && example === undefined ? 'The body fields are not documented in the reference.' : undefined,
  ].filter((text): text is string => Boolean(text));
  return {
    id,
    group: groups[service] ?? service,
    name: names[id] ?? humanise(methodName),
    method: correction?.verb ?? verb,
    path: rawPath,
    params,
    auth: 'apikey',
    description: `${service} service, ${methodName}. ${callTypeText[callType]}`,
    notes: [
      ...commonNotes,
      ...(callType === 'queued' ? [queuedNote] : []),
      ...(limitNotes[id] ? [limitNotes[id]] : []),
    ],
    ...(assumptions.length > 0 ? { assumption: assumptions.join(' ') } : {}),
    ...(popular.has(id) ? { popular: true } : {}),
    service,
    methodName,
    callType,
  };
}

export const apsisCatalog: readonly ApsisEndpointSpec[] = apsisEndpointRows.map(entryOf);

export function apsisEndpoint(id: string | null | undefined): ApsisEndpointSpec | undefined {
  return id ? apsisCatalog.find((entry) => entry.id === id) : undefined;
}
