/**
 * One PHP-style script per call, as the docs' URL fragment ("… s-list.php") suggests. The paths match
 * the catalog's assumptions; answers use the documented {"status":…,"msg":…} envelope.
 */
import { json, type MockResponse } from '../http-kit';
import type { Level } from './auth-check';
import type { ApwtState, ApwtUser, Row } from './data';

type Fields = Readonly<Record<string, string>>;
type Handler = (state: ApwtState, fields: Fields, user: ApwtUser | null) => MockResponse;

export const ok = (data: Record<string, unknown> = {}): MockResponse => json(200, { status: 'ok', ...data });
/** APWT reports errors with HTTP 200 and status "error" (documented shape; the 200 is what its clients see). */
export const error = (msg: string): MockResponse => json(200, { status: 'error', msg });

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function requireFields(fields: Fields, names: readonly string[]): MockResponse | null {
  const missing = names.filter((name) => !fields[name]?.trim());
  return missing.length > 0
    ? error(`Missing required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`)
    : null;
}

function newOrder(state: ApwtState, fields: Fields): MockResponse {
  const missing = requireFields(fields, ['email', 'order_amount', 'invoice_num']);
  if (missing) return missing;
  if (!emailPattern.test(fields.email ?? '')) return error(`Invalid email address: ${fields.email}`);
  if (!/^\d+(\.\d{1,2})?$/.test(fields.order_amount ?? ''))
    return error(`Invalid order_amount: ${fields.order_amount} (use a dollar amount such as 117.45)`);
  if (fields.state && !/^[A-Za-z]{2}$/.test(fields.state))
    return error(`Invalid state: ${fields.state} (use the two letter format, e.g. FL)`);
  if (fields.external_pdf && !/^https?:\/\/\S+$/.test(fields.external_pdf))
    return error(`Invalid external_pdf: ${fields.external_pdf} (must be the URL of the PDF)`);
  if (state.orders.some((order) => order.invoice_num === fields.invoice_num))
    return error(`Duplicate invoice_num: invoice ${fields.invoice_num} already exists`);
  state.orders.push({ ...fields });
  return ok();
}

function byId(rows: readonly Row[], id: string | undefined, what: string, key: string): MockResponse {
  if (!id?.trim()) return error(`Missing required field: ${key}`);
  const found = rows.find((row) => String(row.id) === id.trim());
  return found ? ok({ [what]: found }) : error(`No ${what} with ${key} ${id}`);
}

function dated(rows: readonly Row[], fields: Fields, column: string): MockResponse | Row[] {
  for (const name of ['from', 'to'])
    if (fields[name] && !datePattern.test(fields[name] ?? ''))
      return error(`Invalid ${name} date: ${fields[name]} (use YYYY-MM-DD)`);
  return rows.filter(
    (row) =>
      (!fields.from || String(row[column]) >= fields.from) &&
      (!fields.to || String(row[column]).slice(0, 10) <= fields.to),
  );
}

const routes: Readonly<Record<string, { readonly level: Level; readonly handle: Handler }>> = {
  '/signupboxes-list.php': {
    level: 'any',
    handle: (state) => ok({ boxes: state.signupBoxes.map(({ id, name }) => ({ id, name })) }),
  },
  '/signupbox-get.php': {
    level: 'any',
    handle: (state, fields) => byId(state.signupBoxes, fields.boxid, 'box', 'boxid'),
  },
  '/neworder.php': { level: 'account', handle: newOrder },
  '/tasks-list.php': {
    level: 'user',
    handle: (state, fields, user) =>
      ok({
        tasks: state.tasks.filter(
          (task) =>
            task.assigned_to === (fields.assigned_to || user?.user) &&
            (!fields.status || task.status === fields.status),
        ),
      }),
  },
  '/task-add.php': {
    level: 'user',
    handle: (state, fields, user) => {
      const missing = requireFields(fields, ['title']);
      if (missing) return missing;
      if (fields.due_date && !datePattern.test(fields.due_date))
        return error(`Invalid due_date: ${fields.due_date} (use YYYY-MM-DD)`);
      const task = {
        id: 11 + state.tasks.length,
        title: fields.title ?? '',
        status: 'open',
        assigned_to: fields.assigned_to || (user?.user ?? ''),
        due_date: fields.due_date ?? '',
      };
      state.tasks.push(task);
      return ok({ msg: 'Task created', task });
    },
  },
  '/timecards-list.php': {
    level: 'user',
    handle: (state, fields, user) => {
      const rows = dated(
        state.timecards.filter((row) => row.user === user?.user),
        fields,
        'clock_in',
      );
      return Array.isArray(rows) ? ok({ timecards: rows }) : rows;
    },
  },
  '/timecard-punch.php': {
    level: 'user',
    handle: (state, fields, user) => {
      if (fields.action !== 'in' && fields.action !== 'out') return error('Missing or invalid action: use in or out');
      const open = state.timecards.find((row) => row.user === user?.user && row.clock_out === '');
      if (fields.action === 'in' && open) return error('Already clocked in');
      if (fields.action === 'out' && !open) return error('Not clocked in');
      if (open) open.clock_out = '2026-11-23 17:00:00';
      else
        state.timecards.push({
          id: 21 + state.timecards.length,
          user: user?.user ?? '',
          clock_in: '2026-11-23 09:00:00',
          clock_out: '',
        });
      return ok({ msg: fields.action === 'in' ? 'Clocked in' : 'Clocked out' });
    },
  },
  '/crm-list.php': {
    level: 'user',
    handle: (state, fields) => {
      const needle = (fields.search ?? '').toLowerCase();
      return ok({
        contacts: state.contacts.filter((contact) =>
          Object.values(contact).some((value) => String(value).toLowerCase().includes(needle)),
        ),
      });
    },
  },
  '/crm-get.php': {
    level: 'user',
    handle: (state, fields) => byId(state.contacts, fields.contactid, 'contact', 'contactid'),
  },
  '/crm-add.php': {
    level: 'user',
    handle: (state, fields) => {
      const missing = requireFields(fields, ['email']);
      if (missing) return missing;
      if (!emailPattern.test(fields.email ?? '')) return error(`Invalid email address: ${fields.email}`);
      const contact = {
        id: state.contacts.length + 1,
        firstname: fields.firstname ?? '',
        lastname: fields.lastname ?? '',
        email: fields.email ?? '',
        phone: fields.phone ?? '',
      };
      state.contacts.push(contact);
      return ok({ msg: 'Contact created', contact });
    },
  },
  '/chat-list.php': {
    level: 'user',
    handle: (state, fields) =>
      ok({ conversations: state.chats.filter((chat) => !fields.channel || chat.channel === fields.channel) }),
  },
  '/chat-send.php': {
    level: 'user',
    handle: (state, fields) => {
      const missing = requireFields(fields, ['channel', 'to', 'message']);
      if (missing) return missing;
      if (!['apwt', 'sms', 'facebook'].includes(fields.channel ?? ''))
        return error(`Invalid channel: ${fields.channel} (apwt, sms or facebook)`);
      state.chats.push({
        id: 31 + state.chats.length,
        channel: fields.channel ?? '',
        with: fields.to ?? '',
        last_message: fields.message ?? '',
        updated: '2026-11-23 12:00:00',
      });
      return ok({ msg: 'Message sent' });
    },
  },
  '/email-send.php': {
    level: 'user',
    handle: (state, fields) => {
      const missing = requireFields(fields, ['to', 'subject', 'body']);
      if (missing) return missing;
      if (!emailPattern.test(fields.to ?? '')) return error(`Invalid email address: ${fields.to}`);
      state.emails.push({ to: fields.to ?? '', subject: fields.subject ?? '' });
      return ok({ msg: 'Email queued for delivery' });
    },
  },
  '/business-summary.php': {
    level: 'user',
    handle: (state, fields) => {
      const sales = state.orders.reduce((sum, order) => sum + Number(order.order_amount), 0);
      const period = dated([], fields, 'date');
      if (!Array.isArray(period)) return period;
      return ok({
        summary: {
          from: fields.from ?? '',
          to: fields.to ?? '',
          orders: state.orders.length,
          sales: sales.toFixed(2),
          leads: state.contacts.length,
          open_tasks: state.tasks.filter((task) => task.status === 'open').length,
        },
      });
    },
  },
  '/notification-settings.php': { level: 'user', handle: (state) => ok({ settings: state.notificationSettings }) },
  '/notification-settings-set.php': {
    level: 'user',
    handle: (state, fields) => {
      const missing = requireFields(fields, ['setting', 'enabled']);
      if (missing) return missing;
      const setting = fields.setting ?? '';
      if (!Object.hasOwn(state.notificationSettings, setting)) return error(`Unknown setting: ${setting}`);
      if (fields.enabled !== 'true' && fields.enabled !== 'false') return error('Invalid enabled: use true or false');
      state.notificationSettings[setting] = fields.enabled === 'true';
      return ok({ msg: `Setting ${setting} saved` });
    },
  },
  '/company-info.php': { level: 'user', handle: (state) => ok({ company: state.company }) },
  '/users-list.php': {
    level: 'user',
    handle: (state) => ok({ users: state.users.map(({ user, name, role }) => ({ user, name, role })) }),
  },
  '/partners-list.php': { level: 'user', handle: (state) => ok({ partners: state.partners }) },
};

export function routeFor(pathname: string): { readonly level: Level; readonly handle: Handler } | undefined {
  // Tolerate a base path (e.g. /api/neworder.php): the script name decides.
  const script = pathname.slice(pathname.lastIndexOf('/'));
  return routes[script];
}
