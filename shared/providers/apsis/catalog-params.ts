/** The path parameters of APSIS URL shapes, described once by name. */
import type { ParamSpec } from '../catalog';

const id = (name: string, what: string, type: 'integer' | 'string' = 'integer'): ParamSpec => ({
  name,
  in: 'path',
  type,
  required: true,
  description: `The ${what} id`,
  example: type === 'integer' ? 1 : 'ev-1',
  ...(type === 'integer' ? { minimum: 1 } : {}),
});

const known: Readonly<Record<string, ParamSpec>> = {
  pageNumber: {
    name: 'pageNumber',
    in: 'path',
    type: 'integer',
    required: true,
    minimum: 1,
    default: 1,
    example: 1,
    description: 'Page number, starting at 1',
  },
  pageSize: {
    name: 'pageSize',
    in: 'path',
    type: 'integer',
    required: true,
    minimum: 1,
    maximum: 1000,
    // Small on purpose: the first page fits the screen and shows that next/previous work.
    default: 10,
    example: 10,
    description: 'Items per page (the docs give no maximum; Parley assumes 1000)',
  },
  mailinglistId: id('mailinglistId', 'mailing list'),
  mailingListId: id('mailingListId', 'mailing list'),
  subscriberId: id('subscriberId', 'subscriber'),
  sendQueueId: id('sendQueueId', 'sending (send queue)'),
  newsletterId: id('newsletterId', 'newsletter'),
  filterId: id('filterId', 'filter'),
  importId: id('importId', 'import'),
  projectId: id('projectId', 'transactional project'),
  eventId: id('eventId', 'event', 'string'),
  sessionId: id('sessionId', 'event session', 'string'),
  attendeeId: id('attendeeId', 'attendee', 'string'),
  transactionId: id('transactionId', 'transaction', 'string'),
  startYmdTHis: {
    name: 'startYmdTHis',
    in: 'path',
    type: 'string',
    required: true,
    pattern: '^\\d{8}T\\d{6}$',
    example: '20260101T000000',
    description: 'Start date and time as YYYYMMDDTHHMMSS',
  },
  endYmdTHis: {
    name: 'endYmdTHis',
    in: 'path',
    type: 'string',
    required: true,
    pattern: '^\\d{8}T\\d{6}$',
    example: '20261231T235959',
    description: 'End date and time as YYYYMMDDTHHMMSS',
  },
  demographicNameMapping: {
    name: 'demographicNameMapping',
    in: 'path',
    type: 'boolean',
    required: true,
    example: true,
    description: 'Map XML columns to demographic fields by name',
  },
  updateIfExists: {
    name: 'updateIfExists',
    in: 'query',
    type: 'boolean',
    required: false,
    default: false,
    example: false,
    description: 'Update the subscriber when the email already exists',
  },
  includeDemographicData: {
    name: 'includeDemographicData',
    in: 'query',
    type: 'boolean',
    required: false,
    example: false,
    description: "Include the subscriber's demographic data",
  },
};

export function apsisParam(name: string, location: 'path' | 'query'): ParamSpec {
  return known[name] ?? { name, in: location, type: 'string', required: location === 'path', description: name };
}
