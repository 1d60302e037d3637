/** Subscribers: create (direct, double opt-in, queued 1–10), look up, page, export, update, delete. */
import type { Subscriber } from './data';
import { page, success, validationError } from './envelope';
import { numberParam, queued, type MethodContext, type MethodHandler } from './context';
import { findList, listMissing, matchesFilter } from './methods-lists';

type SubscriberInput = Partial<Omit<Subscriber, 'Id'>> & { Id?: number };

const exportRow = ({ Id, Email, Name, ExternalId }: Subscriber) => ({ Id, Email, Name, ExternalId });

function upsert(
  context: MethodContext,
  input: SubscriberInput,
  updateIfExists: boolean,
): { id: number; created: boolean } | string {
  const email = String(input.Email ?? '').trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return `Validation error: '${email}' is not a valid email address.`;
  const existing = context.state.subscribers.find(
    (subscriber) => subscriber.Email.toLowerCase() === email.toLowerCase(),
  );
  if (existing && !updateIfExists)
    return `Validation error: a subscriber with the email ${email} already exists (use updateIfExists=true to update it).`;
  if (existing) {
    Object.assign(existing, input, { Id: existing.Id, Email: existing.Email });
    return { id: existing.Id, created: false };
  }
  const subscriber: Subscriber = {
    Id: context.state.nextId++,
    Email: email,
    Name: String(input.Name ?? ''),
    ExternalId: String(input.ExternalId ?? ''),
    CountryCode: String(input.CountryCode ?? ''),
    PhoneNumber: String(input.PhoneNumber ?? ''),
    DemDataFields: Array.isArray(input.DemDataFields) ? input.DemDataFields : [],
  };
  context.state.subscribers.push(subscriber);
  return { id: subscriber.Id, created: true };
}

function createOn(param: string, updateIfExists: (context: MethodContext) => boolean, message: string): MethodHandler {
  return (context) => {
    const list = findList(context, param);
    if (!list) return listMissing(context, param);
    const result = upsert(context, context.body as SubscriberInput, updateIfExists(context));
    if (typeof result === 'string') return validationError(result);
    context.state.subscriptions.get(list.Id)?.add(result.id);
    return success(result.id, result.created ? message : 'Subscriber successfully updated');
  };
}

const byId = (context: MethodContext) =>
  context.state.subscribers.find((subscriber) => subscriber.Id === numberParam(context, 'subscriberId'));
const subscribed = (context: MethodContext) =>
  new Set([...context.state.subscriptions.values()].flatMap((ids) => [...ids]));

export const subscriberMethods: Readonly<Record<string, MethodHandler>> = {
  'Subscriber.createSubscriber': createOn(
    'mailingListId',
    (context) => context.query.get('updateIfExists') === 'true',
    'Subscriber successfully created',
  ),
  'Subscriber.createSubscriberWithDoubleOptIn': createOn(
    'mailinglistId',
    () => false,
    'Subscriber successfully created; a double opt-in email was sent',
  ),
  'Subscriber.createSubscribers': (context) => {
    const list = findList(context);
    if (!list) return listMissing(context);
    if (!Array.isArray(context.body) || context.body.length < 1 || context.body.length > 10)
      return validationError('Validation error: send between 1 and 10 subscribers per call.');
    const results = (context.body as SubscriberInput[]).map((input) => {
      const result = upsert(context, input, true);
      if (typeof result === 'string') return { Value: result };
      context.state.subscriptions.get(list.Id)?.add(result.id);
      return { SubscriberId: result.id, Value: 'Subscriber successfully created' };
    });
    return queued(context, results);
  },
  'Subscriber.getSubscriberDetailsById': (context) => {
    const subscriber = byId(context);
    return subscriber
      ? success(subscriber)
      : validationError(`Subscriber with id ${context.path.subscriberId} was not found.`);
  },
  'Subscriber.getSubscriberIdByEmail': (context) => {
    const email = String(context.body ?? '').toLowerCase();
    const subscriber = context.state.subscribers.find((candidate) => candidate.Email.toLowerCase() === email);
    return subscriber
      ? success(subscriber.Id)
      : validationError(`No subscriber with the email ${String(context.body)}.`);
  },
  'Subscriber.getSubscribersByExternalId': (context) =>
    success(context.state.subscribers.filter((subscriber) => subscriber.ExternalId === String(context.body ?? ''))),
  'Subscriber.getSubscriberMailinglists': (context) => {
    const subscriber = byId(context);
    if (!subscriber) return validationError(`Subscriber with id ${context.path.subscriberId} was not found.`);
    const lists = context.state.mailingLists.filter((list) =>
      context.state.subscriptions.get(list.Id)?.has(subscriber.Id),
    );
    return success({ Mailinglists: lists.map(({ Id, Name }) => ({ Id, Name })) });
  },
  'Subscriber.getSubscribersPaginated': (context) =>
    page(context.state.subscribers, numberParam(context, 'pageNumber'), numberParam(context, 'pageSize')),
  'Subscriber.getAllSubscribers': (context) => queued(context, context.state.subscribers.map(exportRow)),
  'Subscriber.getAllSubscribersWithFilter': (context) => {
    const filter = context.state.filters.find((candidate) => candidate.Id === numberParam(context, 'filterId'));
    if (!filter) return validationError(`Filter with id ${context.path.filterId} was not found.`);
    return queued(
      context,
      context.state.subscribers.filter((subscriber) => matchesFilter(subscriber, filter)).map(exportRow),
    );
  },
  'Subscriber.getAllSubscribersWithoutSubscription': (context) => {
    const onAList = subscribed(context);
    return queued(
      context,
      context.state.subscribers.filter((subscriber) => !onAList.has(subscriber.Id)).map(exportRow),
    );
  },
  'Subscriber.updateSubscribers': (context) => {
    if (!Array.isArray(context.body))
      return validationError('Validation error: the body must be an array of subscribers.');
    const results = (context.body as SubscriberInput[]).map((input) => {
      const subscriber = context.state.subscribers.find((candidate) => candidate.Id === Number(input.Id));
      if (!subscriber) return { Value: `Subscriber ${String(input.Id)} not found` };
      Object.assign(subscriber, input, { Id: subscriber.Id });
      return { SubscriberId: subscriber.Id, Value: 'Successfully updated' };
    });
    return queued(context, results);
  },
  'Subscriber.deleteMultipleSubscribersByEmail': (context) =>
    deleteWhere(context, (subscriber, value) => subscriber.Email.toLowerCase() === String(value).toLowerCase()),
  'Subscriber.deleteMultipleSubscribersById': (context) =>
    deleteWhere(context, (subscriber, value) => subscriber.Id === Number(value)),
  'Subscriber.getRecipientsBySendQueueId': (context) => success(context.state.subscribers.slice(0, 5).map(exportRow)),
};

function deleteWhere(
  context: MethodContext,
  matches: (subscriber: Subscriber, value: unknown) => boolean,
): ReturnType<MethodHandler> {
  if (!Array.isArray(context.body)) return validationError('Validation error: the body must be an array.');
  const results = context.body.map((value: unknown) => {
    const index = context.state.subscribers.findIndex((subscriber) => matches(subscriber, value));
    if (index < 0) return { Value: `${String(value)} not found` };
    const [removed] = context.state.subscribers.splice(index, 1);
    for (const ids of context.state.subscriptions.values()) if (removed) ids.delete(removed.Id);
    return { Value: 'Succefully deleted' };
  });
  return queued(context, results);
}
