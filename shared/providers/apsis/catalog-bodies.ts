/**
 * Example JSON bodies, shown in the body editor and sent by the contract tests. Field names follow the
 * APSIS method pages and the clients in the reference; where those are silent the example is marked so.
 */
const subscriber = {
  Email: 'jane.doe@example.com',
  Name: 'Jane Doe',
  ExternalId: 'crm-1001',
  CountryCode: '46',
  PhoneNumber: '701234567',
  DemDataFields: [{ Key: 'City', Value: 'Stockholm' }],
};
const mailingList = {
  Name: 'Parley newsletter',
  Description: 'Monthly news',
  CharacterSet: 'utf-8',
  FolderID: 0,
  FromEmail: 'news@example.com',
  FromName: 'Example News',
};
const exportFields = { AllDemographics: false, FieldNames: ['City'] };
const attendee = { Email: 'jane.doe@example.com', Name: 'Jane Doe', Status: 'Registered' };

export const apsisBodyExamples: Readonly<Record<string, unknown>> = {
  'Bounce.getBySendqueueIds': [1, 2],
  'Event.addAttendee': attendee,
  'Event.getAttendees': { EventIds: ['ev-1'] },
  'Event.getEventSessionAttendee': { Email: 'jane.doe@example.com' },
  'Event.getEventsWithSessions': { EventIds: ['ev-1'] },
  'Event.registerAttendee': attendee,
  'Event.updateAttendee': attendee,
  'Event.updateAttendeeStatus': { Status: 'CheckedIn' },
  'Filter.createFilterByDemographicData': {
    FilterName: 'Stockholm subscribers',
    DemographicDataName: 'City',
    DemographicDataValue: 'Stockholm',
    OperatorValue: 4,
  },
  'Folder.createFolder': { Name: 'Reports 2026', FolderType: 'Reports' },
  'Import.createImportByCsv': {
    MailinglistId: 1,
    CsvUrl: 'https://example.com/subscribers.csv',
    Delimiter: ',',
    DemographicNameMapping: true,
  },
  'Import.createImportByXml': { Subscribers: [subscriber] },
  'MailingList.createMailinglist': mailingList,
  'MailingList.createSubscriptions': [1, 2, 3],
  'MailingList.deleteMultipleMailingLists': [22, 23],
  'MailingList.getMailinglistSubscribers': exportFields,
  'MailingList.getMailinglistSubscribersWithFilter': exportFields,
  'MailingList.updateMailingList': { ...mailingList, Name: 'Parley newsletter (renamed)' },
  'Newsletter.createNewsletter': {
    Name: 'November news',
    Subject: 'News from Example',
    FromName: 'Example News',
    FromEmail: 'news@example.com',
    HtmlBody: '<p>Hello ##Name##</p>',
  },
  'Newsletter.deleteMultipleNewsletters': [4, 5],
  'Newsletter.updateNewsletter': { Subject: 'News from Example (updated)' },
  'OptOut.deleteSubscriberFromOptOutAllByEmail': 'jane.doe@example.com',
  'OptOut.deleteSubscribersFromOptOutAll': [{ SubscriberId: 3 }],
  'OptOut.deleteSubscribersFromOptOutAllByEmail': ['jane.doe@example.com'],
  'OptOut.deleteSubscribersFromOptOutListByEmail': ['jane.doe@example.com'],
  'OptOut.moveSubscribersToOptOutList': [{ ExternalId: '', Reason: 'Asked to stop', SendQueueId: 0, SubscriberId: 3 }],
  'OptOut.optOutAllSubscribers': [{ ExternalId: '', Reason: 'Asked to stop', SendQueueId: 0, SubscriberId: 4 }],
  'Sending.sendNewsletter': { MailingListId: 1, NewsletterId: 1, SendDate: '2026-12-01T10:00:00', FilterId: 0 },
  'Sms.createSmsMessage': { Name: 'Reminder', Message: 'See you tomorrow!', Sender: 'Example' },
  'Sms.send': { MessageId: 1, MailingListId: 1 },
  'Sms.sendSmsMessage': { Message: 'See you tomorrow!', Sender: 'Example', Recipients: ['+46701234567'] },
  'Subscriber.createSubscriber': subscriber,
  'Subscriber.createSubscribers': [
    subscriber,
    { ...subscriber, Email: 'john.doe@example.com', Name: 'John Doe', ExternalId: 'crm-1002' },
  ],
  'Subscriber.createSubscriberWithDoubleOptIn': subscriber,
  'Subscriber.deleteMultipleSubscribersByEmail': ['old.one@example.com'],
  'Subscriber.deleteMultipleSubscribersById': [40],
  'Subscriber.getAllSubscribers': exportFields,
  'Subscriber.getAllSubscribersWithFilter': exportFields,
  'Subscriber.getAllSubscribersWithoutSubscription': exportFields,
  'Subscriber.getSubscriberIdByEmail': 'subscriber1@example.com',
  'Subscriber.getSubscribersByExternalId': 'ext-1',
  'Subscriber.updateSubscribers': [{ Id: 1, Email: 'subscriber1@example.com', Name: 'Subscriber One (updated)' }],
  'Transactional.sendTransactionalEmail': {
    Email: 'jane.doe@example.com',
    Format: 'HTML',
    DemDataFields: [{ Key: 'OrderNumber', Value: '1001' }],
  },
};

/** Fields APSIS requires in a body; the builder checks them, the mock enforces them (-2). */
export const apsisRequiredBodyFields: Readonly<Record<string, readonly string[]>> = {
  'MailingList.createMailinglist': ['Name', 'FromEmail'],
  'Subscriber.createSubscriber': ['Email'],
  'Subscriber.createSubscriberWithDoubleOptIn': ['Email'],
  'Filter.createFilterByDemographicData': ['FilterName', 'DemographicDataName', 'OperatorValue'],
  'Folder.createFolder': ['Name', 'FolderType'],
  'Newsletter.createNewsletter': ['Name', 'Subject'],
};
