/**
 * The `params` each method takes. No official schema is public (the reference says to use the addon's
 * sandbox): record fields come from the addon's column names and language file (PROVIDER-FACTS §2),
 * enums from its shipped defaults, paging from the response's `data` block. The mock checks the same
 * table, so correcting a field here corrects both.
 */
import type { ParamSpec } from '../catalog';
import { idNames, type ChainMethod, type ResourceName } from './chain/methods';

type Field = Omit<ParamSpec, 'in' | 'required'>;

const text = (name: string, description: string, example?: string): Field => ({
  name,
  type: 'string',
  description,
  example,
});
const int = (name: string, description: string, example?: number): Field => ({
  name,
  type: 'integer',
  description,
  example,
  minimum: 0,
});
const choice = (name: string, values: readonly string[], description: string): Field => ({
  name,
  type: 'string',
  enum: values,
  description,
  example: values[0],
});
const date = (name: string, description: string): Field => ({
  name,
  type: 'date',
  description,
  example: '2026-01-15',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
});

export const enums = {
  project_status: ['active', 'closed', 'completed', 'in_production', 'in_testing', 'service', 'under_review'],
  project_type: ['internal', 'product', 'service'],
  action_status: ['active', 'cancelled', 'closed', 'complete', 'progress'],
  action_type: ['contact', 'development', 'planning', 'research', 'review', 'service'],
  action_priority: ['1', '2', '3'],
  level_class: ['group', 'milestone', 'task'],
  timelog_type: ['emergency', 'in_house', 'rush', 'standard'],
  timelog_status: ['active', 'complete'],
  topic_status: ['open', 'closed'],
  file_status: ['active', 'archived'],
  ticket_status: ['Open', 'Answered', 'Customer-Reply', 'On Hold', 'In Progress', 'Closed'],
} as const;

/** The writable fields of each record, in the order a form shows them. */
export const recordFields: Readonly<Partial<Record<ResourceName, readonly Field[]>>> = {
  projects: [
    text('project_name', 'Project name', 'Website relaunch'),
    choice(
      'project_status',
      enums.project_status,
      'Status (the addon ships these defaults; an install can rename them)',
    ),
    choice('project_type', enums.project_type, 'Project type'),
    int('client_userid', 'WHMCS client id the project belongs to', 1),
    int('manager_adminid', 'Admin id managing the project', 1),
    int('assigned_adminid', 'Admin id assigned to the project', 2),
    { ...int('project_complete', 'Percent complete', 40), maximum: 100 },
    date('date_start', 'Start date (YYYY-MM-DD)'),
    date('date_finish', 'Finish date (YYYY-MM-DD)'),
    text('project_detail', 'Details'),
  ],
  actions: [
    int('project_id', 'Project the action belongs to', 100),
    text('action_name', 'Action name', 'Write the copy'),
    choice('action_status', enums.action_status, 'Status'),
    choice('action_type', enums.action_type, 'Type'),
    {
      ...choice('action_priority', enums.action_priority, 'Priority: 1 Low, 2 Medium, 3 High'),
      type: 'integer',
      example: 2,
    },
    choice('level_class', enums.level_class, 'Level: group, milestone or task'),
    int('parent_action_id', 'Parent action (0 for none)', 0),
    int('assigned_adminid', 'Admin id assigned', 2),
    int('manager_adminid', 'Admin id managing', 1),
    { ...int('action_complete', 'Percent complete', 0), maximum: 100 },
    date('date_start', 'Start date'),
    date('date_finish', 'Finish date'),
    text('action_notes', 'Notes (the third-party client updates these through the API)'),
  ],
  topics: [
    int('project_id', 'Project', 100),
    int('action_id', 'Action (0 for the project itself)', 0),
    text('topic_name', 'Title', 'Kick-off questions'),
    choice('topic_status', enums.topic_status, 'Status'),
    int('parent_topic_id', 'The topic this one replies to (threads)', 0),
    text('topic_detail', 'Message'),
  ],
  files: [
    int('project_id', 'Project', 100),
    int('action_id', 'Action (0 for the project itself)', 0),
    text('file_label', 'Label', 'Brief.pdf'),
    text('file_name', 'File name', 'brief.pdf'),
    text('file_mime', 'MIME type', 'application/pdf'),
    choice('file_status', enums.file_status, 'Status'),
    int('parent_file_id', 'Earlier version of this file (threads)', 0),
    text('file_content', 'Content, base64 encoded'),
    text('file_detail', 'Details'),
  ],
  ticketxrefs: [
    int('ticket_id', 'WHMCS ticket id', 2038),
    int('project_id', 'Project', 100),
    int('action_id', 'Action (0 for none)', 0),
  ],
  timelogs: [
    int('project_id', 'Project', 100),
    int('action_id', 'Action', 1001),
    choice('timelog_type', enums.timelog_type, 'Type'),
    choice('timelog_status', enums.timelog_status, 'Status'),
    text('timelog_note', 'Note', 'Call with the client'),
    {
      name: 'timelog_start',
      type: 'datetime',
      description: 'Start (YYYY-MM-DD HH:MM:SS)',
      example: '2026-01-15 09:00:00',
      pattern: '^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?$',
    },
    int('timelog_elapsed', 'Minutes worked', 30),
    int('owner_adminid', 'Admin who worked', 1),
    { ...choice('billable', ['0', '1'], 'Billable (1) or not (0)'), type: 'integer', example: 1 },
    int('invoice_id', 'WHMCS invoice id once billed', 0),
  ],
};

/** Extra equality filters of list methods beyond the record fields. */
const listFilters: Readonly<Partial<Record<ResourceName, readonly Field[]>>> = {
  whmcstickets: [
    int('userid', 'WHMCS client id', 1),
    choice('status', enums.ticket_status, 'Ticket status'),
    int('project_id', 'Tickets linked to this project', 100),
  ],
};

/** Fields a create call cannot do without (GUESS: the names the addon's forms mark as required). */
export const requiredOnCreate: Readonly<Partial<Record<ResourceName, readonly string[]>>> = {
  projects: ['project_name'],
  actions: ['project_id', 'action_name'],
  topics: ['project_id', 'topic_name'],
  files: ['project_id', 'file_label', 'file_name'],
  ticketxrefs: ['ticket_id', 'project_id'],
  timelogs: ['project_id', 'timelog_start'],
};

export const pagingParams: readonly ParamSpec[] = [
  {
    name: 'limit',
    in: 'params',
    type: 'integer',
    required: false,
    description: 'Records per page',
    default: 50,
    minimum: 1,
    maximum: 1000,
    example: 50,
  },
  {
    name: 'page',
    in: 'params',
    type: 'integer',
    required: false,
    description: 'Page number, from 1',
    minimum: 1,
    example: 1,
  },
  {
    name: 'offset',
    in: 'params',
    type: 'integer',
    required: false,
    description: 'Records to skip (page wins when both are given)',
    minimum: 0,
    example: 0,
  },
];

const asParams = (fields: readonly Field[], required: readonly string[] = []): ParamSpec[] =>
  fields.map((field) => ({ ...field, in: 'params', required: required.includes(field.name) }));

/** The `params` a method takes: list methods filter and page, writes take record fields. */
export function paramsFor(method: ChainMethod): ParamSpec[] {
  const fields = recordFields[method.resource] ?? [];
  if (method.name === 'getConfig')
    return [
      {
        name: 'option',
        in: 'params',
        type: 'string',
        required: false,
        description: 'One config option; all options when empty',
        example: 'api_active',
      },
    ];
  if (method.verb === 'POST') return asParams(fields, requiredOnCreate[method.resource]);
  if (method.verb === 'PUT')
    return asParams(fields.filter((field) => field.name !== 'project_id' || method.resource !== 'projects'));
  if (method.verb === 'DELETE' || method.sub === 'download') return [];
  const isList = !method.id || method.sub !== null;
  if (!isList) return [];
  const listResource = method.sub && method.sub !== 'bythread' ? (method.sub as ResourceName) : method.resource;
  // In a combined chain the parent's id is already in the chain (`projects.100.actions`): no filter for it.
  const parentId = method.id ? idNames[method.resource] : undefined;
  const filterFields = [...(recordFields[listResource] ?? []), ...(listFilters[listResource] ?? [])].filter(
    (field) => (field.type !== 'string' || field.enum) && field.name !== parentId,
  );
  return [...pagingParams, ...asParams(method.name === 'findResources' ? [] : filterFields)];
}
