/** The APSIS mock's account, seeded the same way on every start (no randomness): lists, subscribers, filters… */

export interface MailingList {
  Id: number;
  Name: string;
  Description: string;
  FolderID: number;
  CharacterSet: string;
  FromEmail: string;
  FromName: string;
  Created: string;
}

export interface Subscriber {
  Id: number;
  Email: string;
  Name: string;
  ExternalId: string;
  CountryCode: string;
  PhoneNumber: string;
  DemDataFields: { Key: string; Value: string }[];
}

export interface Filter {
  Id: number;
  Name: string;
  DemographicDataName: string;
  DemographicDataValue: string;
  OperatorValue: number;
}

export interface ApsisState {
  readonly mailingLists: MailingList[];
  readonly subscribers: Subscriber[];
  /** mailing list id → subscriber ids */
  readonly subscriptions: Map<number, Set<number>>;
  readonly filters: Filter[];
  readonly optedOutAll: Set<number>;
  nextId: number;
}

const cities = ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Singapore', 'Hong Kong'];
const pad = (n: number) => String(n).padStart(2, '0');

export function seedApsisState(): ApsisState {
  const mailingLists: MailingList[] = Array.from({ length: 23 }, (_, index) => ({
    Id: index + 1,
    Name: index === 0 ? 'Newsletter' : `Mailing list ${index + 1}`,
    Description: index === 0 ? 'Monthly newsletter' : `Seeded list ${index + 1}`,
    FolderID: 0,
    CharacterSet: 'utf-8',
    FromEmail: 'news@example.com',
    FromName: 'Example News',
    Created: `2026-0${(index % 9) + 1}-${pad((index % 27) + 1)}T09:00:00`,
  }));
  const subscribers: Subscriber[] = Array.from({ length: 40 }, (_, index) => ({
    Id: index + 1,
    Email: `subscriber${index + 1}@example.com`,
    Name: `Subscriber ${index + 1}`,
    ExternalId: `ext-${index + 1}`,
    CountryCode: '46',
    PhoneNumber: `70${String(1_000_000 + index)}`,
    DemDataFields: [{ Key: 'City', Value: cities[index % cities.length] ?? 'Stockholm' }],
  }));
  // Subscribers 1–30 are on list 1, every third on list 2; 31–40 are on no list (orphans).
  const subscriptions = new Map<number, Set<number>>(mailingLists.map((list) => [list.Id, new Set<number>()]));
  for (const subscriber of subscribers.slice(0, 30)) {
    subscriptions.get(1)?.add(subscriber.Id);
    if (subscriber.Id % 3 === 0) subscriptions.get(2)?.add(subscriber.Id);
  }
  return {
    mailingLists,
    subscribers,
    subscriptions,
    filters: [
      { Id: 1, Name: 'Stockholm', DemographicDataName: 'City', DemographicDataValue: 'Stockholm', OperatorValue: 4 },
      { Id: 2, Name: 'Not Malmö', DemographicDataName: 'City', DemographicDataValue: 'Malmö', OperatorValue: 3 },
      { Id: 3, Name: 'Asia', DemographicDataName: 'City', DemographicDataValue: 'Singapore', OperatorValue: 1 },
    ],
    optedOutAll: new Set([40]),
    nextId: 1000,
  };
}

/** Plausible rows for the services the mock does not model in depth (bounces, sendings, events…). */
export function fixtureRows(service: string): Record<string, unknown>[] {
  const date = (day: number) => `2026-11-${pad(day)}T10:00:00`;
  const rows: Record<string, () => Record<string, unknown>[]> = {
    Bounce: () =>
      [1, 2, 3].map((n) => ({
        SubscriberId: n,
        Email: `subscriber${n}@example.com`,
        SendQueueId: 1,
        BounceType: n === 1 ? 'Hard' : 'Soft',
        Date: date(n),
      })),
    Open: () =>
      [1, 2, 3, 4].map((n) => ({
        SubscriberId: n,
        Email: `subscriber${n}@example.com`,
        SendQueueId: 1,
        Date: date(n),
      })),
    Click: () =>
      [1, 2].map((n) => ({
        SubscriberId: n,
        Email: `subscriber${n}@example.com`,
        SendQueueId: 1,
        Url: 'https://example.com/offer',
        Date: date(n),
      })),
    OptOut: () => [{ SubscriberId: 40, Email: 'subscriber40@example.com', Reason: 'Asked to stop', Date: date(2) }],
    Sending: () =>
      [1, 2, 3, 4].map((n) => ({
        Id: n,
        NewsletterId: n,
        MailingListId: 1,
        SendDate: date(n),
        Status: n < 4 ? 'Sent' : 'Scheduled',
        Recipients: 30,
      })),
    Newsletter: () =>
      [1, 2, 3, 4, 5, 6].map((n) => ({ Id: n, Name: `Newsletter ${n}`, Subject: `News #${n}`, Created: date(n) })),
    Event: () => [
      { Id: 'ev-1', Name: 'Spring webinar', Sessions: [{ Id: 's-1', Start: date(20) }] },
      { Id: 'ev-2', Name: 'Customer day', Sessions: [] },
    ],
    Import: () => [{ ImportId: 1, Status: 'Completed', Imported: 120, Invalid: 2, Duplicates: 3 }],
    Sms: () => [{ Id: 1, Name: 'Reminder', Message: 'See you tomorrow!', Sender: 'Example', Created: date(5) }],
    Transactional: () => [{ Id: 1, Name: 'Order confirmations', Created: date(1) }],
    Folder: () =>
      ['Content', 'Reports', 'Recipients', 'PreviewSpamTest'].map((type, index) => ({
        Id: index + 1,
        Name: `${type} folder`,
        FolderType: type,
      })),
    Account: () => [
      { Key: 'City', Type: 'Text' },
      { Key: 'Birthday', Type: 'Date' },
    ],
  };
  return (rows[service] ?? (() => [{ Id: 1 }]))();
}
