/** The APWT mock's account, seeded identically on every start: the docs' demo credentials and a little data. */

export interface ApwtUser {
  readonly user: string;
  readonly password: string;
  readonly supportCode: string;
  readonly name: string;
  readonly role: string;
}

export type Row = Record<string, string | number | boolean>;

export interface ApwtState {
  readonly account: { readonly apiKey: string; readonly apiAuth: string };
  readonly users: readonly ApwtUser[];
  readonly signupBoxes: readonly Row[];
  readonly orders: Row[];
  readonly tasks: Row[];
  readonly timecards: Row[];
  readonly contacts: Row[];
  readonly chats: Row[];
  readonly emails: Row[];
  readonly notificationSettings: Record<string, boolean>;
  readonly company: Row;
  readonly partners: readonly Row[];
}

export function seedApwtState(): ApwtState {
  return {
    account: { apiKey: '00myallprowebtoolsdemo255', apiAuth: 'myallprowebtools' },
    users: [
      { user: 'john', password: 'demo', supportCode: '220-4', name: 'John Demo', role: 'Administrator' },
      { user: 'mary', password: 'demo2', supportCode: '220-7', name: 'Mary Sample', role: 'Sales' },
    ],
    signupBoxes: [
      { id: 1, name: 'Newsletter sign-up', fields: 'firstname,email', redirect: 'https://example.com/thanks' },
      {
        id: 2,
        name: 'Free quote request',
        fields: 'firstname,lastname,email,phone',
        redirect: 'https://example.com/quote-sent',
      },
      { id: 3, name: 'Webinar registration', fields: 'firstname,email', redirect: 'https://example.com/webinar' },
    ],
    orders: [{ invoice_num: '98', email: 'first.buyer@example.com', order_amount: '42.00' }],
    tasks: [
      { id: 11, title: 'Call the supplier', status: 'open', assigned_to: 'john', due_date: '2026-12-01' },
      { id: 12, title: 'Prepare the newsletter', status: 'done', assigned_to: 'john', due_date: '2026-11-20' },
      { id: 13, title: 'Follow up on quote #17', status: 'open', assigned_to: 'mary', due_date: '2026-11-28' },
    ],
    timecards: [
      { id: 21, user: 'john', clock_in: '2026-11-20 08:58:00', clock_out: '2026-11-20 17:03:00' },
      { id: 22, user: 'john', clock_in: '2026-11-21 09:02:00', clock_out: '2026-11-21 16:55:00' },
    ],
    contacts: [
      { id: 1, firstname: 'Jane', lastname: 'Buyer', email: 'jane.buyer@example.com', phone: '800-555-0101' },
      { id: 2, firstname: 'Bob', lastname: 'Lead', email: 'bob.lead@example.com', phone: '800-555-0102' },
    ],
    chats: [
      {
        id: 31,
        channel: 'sms',
        with: '800-555-0101',
        last_message: 'Thanks, received!',
        updated: '2026-11-21 10:15:00',
      },
      {
        id: 32,
        channel: 'facebook',
        with: 'Bob Lead',
        last_message: 'Is the quote ready?',
        updated: '2026-11-22 14:40:00',
      },
    ],
    emails: [],
    notificationSettings: { new_order: true, new_lead: true, task_assigned: true, chat_message: false },
    company: {
      name: 'AllProWebTools Demo Co.',
      address1: '123 Center St',
      city: 'Anytown',
      state: 'FL',
      zip: '99999',
      phone: '800-555-1212',
      website: 'https://example.com',
    },
    partners: [
      { id: 41, name: 'Sunshine Referrals', email: 'partners@sunshine.example', commission: '10%' },
      { id: 42, name: 'Gulf Coast Web', email: 'hello@gulfcoast.example', commission: '15%' },
    ],
  };
}
