/**
 * AllProWebTools: the three documented calls (sign-up boxes, New Orders) and the user-level calls the
 * documentation only names. The public copy of the docs has every URL stripped, so every path here is
 * an assumption the user can edit (custom path, base URL).
 */
import type { EndpointSpec, ParamSpec } from '../catalog';

const transportNote =
  'Values are POSTed (urlencoded or multipart form) or added as a URL query; choose with the draft option "encoding".';
const pathAssumption = (path: string) =>
  `The public docs strip every URL: "${path}" is inferred from the one fragment left ("… s-list.php"). Edit the path if your account's differs.`;
const undocumented = (path: string) =>
  `Named by the docs as a user-level call, without URL or parameters: path "${path}", parameters and response are inferred. Edit them to match your account.`;

const p = (
  name: string,
  type: ParamSpec['type'],
  required: boolean,
  description: string,
  extra: Partial<ParamSpec> = {},
): ParamSpec => ({
  name,
  in: 'params',
  type,
  required,
  description,
  ...extra,
});

function userCall(
  id: string,
  group: string,
  name: string,
  path: string,
  description: string,
  params: readonly ParamSpec[] = [],
): EndpointSpec {
  return {
    id,
    group,
    name,
    method: 'POST',
    path,
    params,
    auth: 'user',
    description,
    notes: [transportNote],
    assumption: undocumented(path),
  };
}

export const apwtCatalog: readonly EndpointSpec[] = [
  {
    id: 'signupboxes.list',
    group: 'Sign-up boxes',
    name: 'List sign-up boxes',
    method: 'POST',
    path: 'signupboxes-list.php',
    params: [],
    auth: 'any',
    description: "Returns the ids and names of the account's sign-up boxes.",
    notes: [
      transportNote,
      "Sign-up boxes are listed as an account-level call, but the docs' own example sends the user-level headers: Parley sends whichever set the profile has (account first).",
    ],
    assumption: `${pathAssumption('signupboxes-list.php')} The response shape (a "boxes" list of {id, name}) is inferred from "JSON of id's and names".`,
    popular: true,
  },
  {
    id: 'signupboxes.get',
    group: 'Sign-up boxes',
    name: 'Get a sign-up box',
    method: 'POST',
    path: 'signupbox-get.php',
    params: [
      p('boxid', 'integer', true, 'The ID of the sign-up box you wish to obtain (see List sign-up boxes).', {
        example: 1,
      }),
    ],
    auth: 'any',
    description: 'Returns one sign-up box.',
    notes: [transportNote, "The docs' example sends the user-level headers and a urlencoded body."],
    assumption: `${pathAssumption('signupbox-get.php')} The response (the box under "box") is inferred.`,
  },
  {
    id: 'orders.new',
    group: 'New Orders',
    name: 'New order',
    method: 'POST',
    path: 'neworder.php',
    params: [
      p('email', 'string', true, "Buyer's email address", {
        example: 'john.doe@example.com',
        pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      }),
      p('order_amount', 'decimal', true, 'The dollar amount for the order (i.e. 117.45)', { example: '117.45' }),
      p('invoice_num', 'string', true, 'The invoice number for the order', { example: '99' }),
      p('firstname', 'string', false, 'The first name of the buyer', { example: 'John' }),
      p('lastname', 'string', false, 'The last name of the buyer', { example: 'Doe' }),
      p('address1', 'string', false, "Buyer's street address", { example: '123 center st' }),
      p('address2', 'string', false, 'Second line of the street address (i.e. Apartment number)'),
      p('city', 'string', false, "Buyer's city for their address", { example: 'Anytown' }),
      p('state', 'string', false, "Buyer's state for their address (in two letter format; i.e. FL, NY, CA, etc.)", {
        example: 'FL',
        pattern: '^[A-Za-z]{2}$',
      }),
      p('zip', 'string', false, "Buyer's zip code", { example: '99999' }),
      p('phone', 'string', false, "Buyer's phone number", { example: '800-555-1212' }),
      p('external_pdf', 'string', false, 'URL to PDF location', {
        example: 'https://example.com/invoices/99.pdf',
        pattern: '^https?://\\S+$',
      }),
    ],
    auth: 'account',
    description: 'Records a new order. Returns {"status":"ok"}, or {"status":"error","msg":…} detailing the issue.',
    notes: [transportNote, 'Account-level call: Apwt-Apikey + Apwt-Apiauth (Settings → Administrator).'],
    assumption: pathAssumption('neworder.php'),
    popular: true,
  },
  userCall(
    'tasking.list',
    'Tasking',
    'List tasks',
    'tasks-list.php',
    'The tasks assigned to you (or to another user).',
    [
      p('status', 'string', false, 'Only tasks in this state', { enum: ['open', 'done'] }),
      p('assigned_to', 'string', false, 'Login of the user whose tasks to list; you when empty'),
    ],
  ),
  userCall('tasking.add', 'Tasking', 'Add a task', 'task-add.php', 'Creates a task.', [
    p('title', 'string', true, 'What needs doing', { example: 'Call the supplier' }),
    p('description', 'string', false, 'Details'),
    p('due_date', 'date', false, 'Due date, YYYY-MM-DD', { example: '2026-12-01' }),
    p('assigned_to', 'string', false, 'Login of the user to assign; you when empty'),
  ]),
  userCall(
    'timecards.list',
    'Timecards',
    'List timecards',
    'timecards-list.php',
    'Clock-in/clock-out entries in a date range.',
    [p('from', 'date', false, 'First day, YYYY-MM-DD'), p('to', 'date', false, 'Last day, YYYY-MM-DD')],
  ),
  userCall('timecards.punch', 'Timecards', 'Clock in or out', 'timecard-punch.php', 'Clocks you in or out now.', [
    p('action', 'string', true, 'in or out', { enum: ['in', 'out'], example: 'in' }),
  ]),
  userCall(
    'crm.list',
    'CRM records',
    'Search CRM records',
    'crm-list.php',
    'Contacts matching a search (name, email or phone).',
    [p('search', 'string', false, 'Text to look for; all records when empty')],
  ),
  userCall('crm.get', 'CRM records', 'Get a CRM record', 'crm-get.php', 'One contact with its details.', [
    p('contactid', 'integer', true, 'The contact id (see Search CRM records)', { example: 1 }),
  ]),
  userCall('crm.add', 'CRM records', 'Add a CRM record', 'crm-add.php', 'Creates a contact.', [
    p('email', 'string', true, 'Email address', {
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      example: 'jane@example.com',
    }),
    p('firstname', 'string', false, 'First name'),
    p('lastname', 'string', false, 'Last name'),
    p('phone', 'string', false, 'Phone number'),
  ]),
  userCall(
    'chat.list',
    'Chat',
    'List conversations',
    'chat-list.php',
    'Recent conversations through AllProWebTools chat, SMS and Facebook.',
    [p('channel', 'string', false, 'Only this channel', { enum: ['apwt', 'sms', 'facebook'] })],
  ),
  userCall(
    'chat.send',
    'Chat',
    'Send a chat message',
    'chat-send.php',
    'Sends a message through AllProWebTools chat, SMS or Facebook.',
    [
      p('channel', 'string', true, 'apwt, sms or facebook', { enum: ['apwt', 'sms', 'facebook'], example: 'sms' }),
      p('to', 'string', true, 'Contact id, phone number or Facebook conversation id', { example: '800-555-1212' }),
      p('message', 'string', true, 'The text', { maxLength: 1600 }),
    ],
  ),
  userCall('email.send', 'Email', 'Send an email', 'email-send.php', 'Sends an email from your account.', [
    p('to', 'string', true, 'Recipient address', {
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      example: 'jane@example.com',
    }),
    p('subject', 'string', true, 'Subject line'),
    p('body', 'string', true, 'Message text (HTML allowed)'),
  ]),
  userCall(
    'reports.businessSummary',
    'Reports',
    'Business summary report',
    'business-summary.php',
    'Sales, orders, leads and tasks for a period.',
    [p('from', 'date', false, 'First day, YYYY-MM-DD'), p('to', 'date', false, 'Last day, YYYY-MM-DD')],
  ),
  userCall(
    'notifications.get',
    'App notification settings',
    'Get notification settings',
    'notification-settings.php',
    'Which app notifications you receive.',
  ),
  userCall(
    'notifications.set',
    'App notification settings',
    'Change a notification setting',
    'notification-settings-set.php',
    'Turns one app notification on or off.',
    [
      p('setting', 'string', true, 'The setting name, as Get notification settings lists it', { example: 'new_order' }),
      p('enabled', 'boolean', true, 'true or false', { example: true }),
    ],
  ),
  {
    ...userCall(
      'company.info',
      'Company',
      'Get company information',
      'company-info.php',
      "The account's company name, address and contact details.",
    ),
    popular: true,
  },
  userCall('users.list', 'Users', 'List all users', 'users-list.php', 'Every user of the account.'),
  userCall(
    'partners.list',
    'Partners',
    'List all partners',
    'partners-list.php',
    'Every partner (affiliate) of the account.',
  ),
];
