/** Mailing lists and filters: the parts of the APSIS mock modelled in depth. */
import { page, success, validationError } from './envelope';
import type { Filter, MailingList, Subscriber } from './data';
import { numberParam, queued, type MethodContext, type MethodHandler } from './context';

const exportRow = (subscriber: Subscriber, body: unknown) => {
  const wanted = (body as { FieldNames?: unknown } | undefined)?.FieldNames;
  const all = (body as { AllDemographics?: unknown } | undefined)?.AllDemographics === true;
  const fields = subscriber.DemDataFields.filter(
    (field) => all || (Array.isArray(wanted) && wanted.includes(field.Key)),
  );
  return {
    Id: subscriber.Id,
    Email: subscriber.Email,
    Name: subscriber.Name,
    ExternalId: subscriber.ExternalId,
    DemDataFields: fields,
  };
};

export function findList(context: MethodContext, name = 'mailinglistId'): MailingList | undefined {
  const id = numberParam(context, name);
  return context.state.mailingLists.find((list) => list.Id === id);
}

export const listMissing = (context: MethodContext, name = 'mailinglistId') =>
  validationError(`Mailinglist with id ${context.path[name]} was not found.`);

function subscribersOf(context: MethodContext, listId: number): Subscriber[] {
  const ids = context.state.subscriptions.get(listId) ?? new Set<number>();
  return context.state.subscribers.filter((subscriber) => ids.has(subscriber.Id));
}

/** APSIS filter operators: 1 LIKE, 2 NOT LIKE, 3 <>, 4 =, 5/6 alphanumeric <, >, 7/8 numeric <, >, 9/10 date before/after. */
export function matchesFilter(subscriber: Subscriber, filter: Filter): boolean {
  const value = subscriber.DemDataFields.find((field) => field.Key === filter.DemographicDataName)?.Value ?? '';
  const wanted = filter.DemographicDataValue;
  const tests: Record<number, () => boolean> = {
    1: () => value.toLowerCase().includes(wanted.toLowerCase()),
    2: () => !value.toLowerCase().includes(wanted.toLowerCase()),
    3: () => value !== wanted,
    4: () => value === wanted,
    5: () => value < wanted,
    6: () => value > wanted,
    7: () => Number(value) < Number(wanted),
    8: () => Number(value) > Number(wanted),
    9: () => value < wanted,
    10: () => value > wanted,
  };
  return (tests[filter.OperatorValue] ?? (() => false))();
}

function withList(
  handler: (context: MethodContext, list: MailingList) => ReturnType<MethodHandler>,
  param = 'mailinglistId',
): MethodHandler {
  return (context) => {
    const list = findList(context, param);
    return list ? handler(context, list) : listMissing(context, param);
  };
}

export const listMethods: Readonly<Record<string, MethodHandler>> = {
  'MailingList.getMailinglistsPaginated': (context) =>
    page(context.state.mailingLists, numberParam(context, 'pageNumber'), numberParam(context, 'pageSize')),
  'MailingList.getMailingListDetails': withList((_context, list) => success(list)),
  'MailingList.createMailinglist': (context) => {
    const body = context.body as Partial<MailingList>;
    const list: MailingList = {
      Id: context.state.mailingLists.reduce((max, existing) => Math.max(max, existing.Id), 0) + 1,
      Name: String(body.Name),
      Description: String(body.Description ?? ''),
      FolderID: Number(body.FolderID ?? 0),
      CharacterSet: String(body.CharacterSet ?? 'utf-8'),
      FromEmail: String(body.FromEmail),
      FromName: String(body.FromName ?? ''),
      Created: '2026-11-23T12:00:00',
    };
    context.state.mailingLists.push(list);
    context.state.subscriptions.set(list.Id, new Set());
    return success(list.Id, 'Mailinglist successfully created');
  },
  'MailingList.updateMailingList': withList((context, list) => {
    Object.assign(list, context.body as Partial<MailingList>, { Id: list.Id });
    return success(list.Id, 'Mailinglist successfully updated');
  }),
  'MailingList.deleteMultipleMailingLists': (context) => {
    if (!Array.isArray(context.body))
      return validationError('Validation error: the body must be an array of mailing list ids.');
    const ids = context.body.map(Number);
    const results = ids.map((id) => {
      const index = context.state.mailingLists.findIndex((list) => list.Id === id);
      if (index < 0) return { Value: `Mailinglist ${id} not found` };
      context.state.mailingLists.splice(index, 1);
      context.state.subscriptions.delete(id);
      return { Value: 'Succefully deleted' };
    });
    return queued(context, results);
  },
  'MailingList.getAllMailingLists': (context) =>
    queued(
      context,
      context.state.mailingLists.map(({ Id, Name, FolderID }) => ({ Id, Name, FolderID })),
    ),
  'MailingList.getMailinglistSubscribersPaginated': withList(
    (context, list) =>
      page(subscribersOf(context, list.Id), numberParam(context, 'pageNumber'), numberParam(context, 'pageSize')),
    'mailingListId',
  ),
  'MailingList.getMailinglistSubscribers': withList((context, list) =>
    queued(
      context,
      subscribersOf(context, list.Id).map((subscriber) => exportRow(subscriber, context.body)),
    ),
  ),
  'MailingList.getMailinglistSubscribersWithFilter': withList((context, list) => {
    const filter = context.state.filters.find((candidate) => candidate.Id === numberParam(context, 'filterId'));
    if (!filter) return validationError(`Filter with id ${context.path.filterId} was not found.`);
    return queued(
      context,
      subscribersOf(context, list.Id)
        .filter((subscriber) => matchesFilter(subscriber, filter))
        .map((subscriber) => exportRow(subscriber, context.body)),
    );
  }),
  'MailingList.getMailinglistSubscriptionCount': withList((context, list) =>
    success(context.state.subscriptions.get(list.Id)?.size ?? 0),
  ),
  'MailingList.createSingleSubscription': withList((context, list) => {
    const subscriberId = numberParam(context, 'subscriberId');
    if (!context.state.subscribers.some((subscriber) => subscriber.Id === subscriberId))
      return validationError(`Subscriber with id ${subscriberId} was not found.`);
    context.state.subscriptions.get(list.Id)?.add(subscriberId);
    return success(subscriberId, 'Succesfully created Subscription');
  }),
  'MailingList.deleteSingleSubscription': withList((context, list) => {
    const removed = context.state.subscriptions.get(list.Id)?.delete(numberParam(context, 'subscriberId'));
    return removed
      ? success(null, 'Successfully deleted Subscription')
      : validationError(`Subscriber ${context.path.subscriberId} is not subscribed to mailinglist ${list.Id}.`);
  }),
  'MailingList.createSubscriptions': withList((context, list) => {
    if (!Array.isArray(context.body) || context.body.length > 1000)
      return validationError('Validation error: the body must be an array of at most 1000 subscriber ids.');
    const ids = context.body.map(Number);
    for (const id of ids) context.state.subscriptions.get(list.Id)?.add(id);
    return queued(
      context,
      ids.map((id) => ({ SubscriberId: id, Value: 'Succesfully created Subscription' })),
    );
  }),
  'MailingList.deleteAllMailinglistSubscriptions': withList((context, list) => {
    const count = context.state.subscriptions.get(list.Id)?.size ?? 0;
    context.state.subscriptions.set(list.Id, new Set());
    return success(count, `Successfully deleted ${count} subscriptions`);
  }),
  'MailingList.deleteAllSubscriptionsForSubscriber': (context) => {
    const subscriberId = numberParam(context, 'subscriberId');
    for (const ids of context.state.subscriptions.values()) ids.delete(subscriberId);
    return success(null, 'Successfully deleted all subscriptions for the subscriber');
  },
  'Filter.getAllFilters': (context) => success(context.state.filters.map(({ Id, Name }) => ({ Id, Name }))),
  'Filter.createFilterByDemographicData': (context) => {
    const body = context.body as Partial<Filter> & { FilterName?: string };
    const operator = Number(body.OperatorValue);
    if (!Number.isInteger(operator) || operator < 1 || operator > 10)
      return validationError(
        'Validation error: OperatorValue must be 1-10 (1 LIKE, 2 NOT LIKE, 3 <>, 4 =, 5/6 <,> alphanumeric, 7/8 <,> numeric, 9/10 date before/after).',
      );
    const filter: Filter = {
      Id: context.state.nextId++,
      Name: String(body.FilterName),
      DemographicDataName: String(body.DemographicDataName),
      DemographicDataValue: String(body.DemographicDataValue ?? ''),
      OperatorValue: operator,
    };
    context.state.filters.push(filter);
    return success(filter.Id, 'Filter successfully created');
  },
};
