/**
 * The mock's data: one WHMCS install's wbTeamPro tables, generated from indexes only (no randomness),
 * so every start and every reset() gives the same records. Project 100 is the busy one: six actions,
 * threaded topics and files, linked tickets and 75 timelogs (two pages at the default limit of 50).
 */
import type { ResourceName } from '../../../shared/providers/wbteampro/chain/methods';
import { enums } from '../../../shared/providers/wbteampro/fields';

export type MockRecord = Record<string, string | number>;
export type TableName = Exclude<ResourceName, 'api' | 'config'>;

export interface MockData {
  readonly tables: Record<TableName, Map<number, MockRecord>>;
  readonly config: Record<string, string | number>;
}

export const primaryKeys: Readonly<Record<TableName, string>> = {
  projects: 'project_id',
  actions: 'action_id',
  topics: 'topic_id',
  files: 'file_id',
  whmcstickets: 'id',
  ticketxrefs: 'xref_id',
  timelogs: 'timelog_id',
};

const projectNames = [
  'Website relaunch',
  'Mail server migration',
  'Logo refresh',
  'Billing cleanup',
  'SEO audit',
  'Mobile app MVP',
  'Datacenter move',
  'Support portal',
  'Newsletter templates',
  'Hosting upgrade',
  'Security review',
  'Onboarding videos',
];
const actionNames = [
  'Kick-off call',
  'Write the copy',
  'Design mockups',
  'Build templates',
  'Client review',
  'Go live',
];
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 5 + offset)).toISOString().slice(0, 10);

function table(records: MockRecord[], key: string): Map<number, MockRecord> {
  return new Map(records.map((record) => [Number(record[key]), record]));
}

export function seedData(): MockData {
  const projects: MockRecord[] = projectNames.map((name, index) => ({
    project_id: 100 + index,
    project_name: name,
    project_status: pick(enums.project_status, index),
    project_type: pick(enums.project_type, index),
    project_complete: (index * 17) % 101,
    project_function: 'default',
    client_userid: 1 + (index % 4),
    manager_adminid: 1,
    assigned_adminid: 2 + (index % 2),
    date_start: day(index),
    date_finish: day(index + 60),
    date_created: day(index - 10),
    project_detail: `${name} for client ${1 + (index % 4)}`,
  }));

  const actions: MockRecord[] = [];
  for (const project of projects) {
    const count = project.project_id === 100 ? 6 : 2;
    for (let index = 0; index < count; index += 1) {
      actions.push({
        action_id: 1001 + actions.length,
        project_id: project.project_id as number,
        parent_action_id: 0,
        action_name: pick(actionNames, index),
        action_status: pick(enums.action_status, index),
        action_type: pick(enums.action_type, index),
        action_priority: Number(pick(enums.action_priority, index)),
        level_class: index === count - 1 ? 'milestone' : 'task',
        action_complete: index < 2 ? 100 : index * 10,
        assigned_adminid: 2,
        manager_adminid: 1,
        date_start: day(index * 3),
        date_finish: day(index * 3 + 2),
        action_notes: '',
      });
    }
  }
  const actionsOf = (projectId: number) => actions.filter((action) => action.project_id === projectId);

  const topics: MockRecord[] = [];
  const files: MockRecord[] = [];
  for (const project of projects.slice(0, 4)) {
    const projectId = project.project_id as number;
    const firstAction = (actionsOf(projectId)[0]?.action_id as number | undefined) ?? 0;
    const topicId = 501 + topics.length;
    topics.push({
      topic_id: topicId,
      project_id: projectId,
      action_id: 0,
      parent_topic_id: 0,
      topic_name: 'Kick-off questions',
      topic_status: 'open',
      topic_detail: 'What are the goals?',
      date_created: day(1),
    });
    topics.push({
      topic_id: topicId + 1,
      project_id: projectId,
      action_id: 0,
      parent_topic_id: topicId,
      topic_name: 'Re: Kick-off questions',
      topic_status: 'open',
      topic_detail: 'More leads.',
      date_created: day(2),
    });
    topics.push({
      topic_id: topicId + 2,
      project_id: projectId,
      action_id: firstAction,
      parent_topic_id: 0,
      topic_name: 'Copy feedback',
      topic_status: 'closed',
      topic_detail: 'Looks good.',
      date_created: day(3),
    });
    const fileId = 701 + files.length;
    const content = `Brief for ${project.project_name as string}`;
    files.push({
      file_id: fileId,
      project_id: projectId,
      action_id: 0,
      parent_file_id: 0,
      file_label: 'Project brief',
      file_name: 'brief.txt',
      file_mime: 'text/plain',
      file_size: content.length,
      file_status: 'active',
      file_version: 1,
      file_content: Buffer.from(content).toString('base64'),
      file_detail: '',
    });
    files.push({
      file_id: fileId + 1,
      project_id: projectId,
      action_id: firstAction,
      parent_file_id: fileId,
      file_label: 'Project brief',
      file_name: 'brief-v2.txt',
      file_mime: 'text/plain',
      file_size: content.length + 3,
      file_status: 'active',
      file_version: 2,
      file_content: Buffer.from(`${content} v2`).toString('base64'),
      file_detail: 'Second version',
    });
  }

  const tickets: MockRecord[] = Array.from({ length: 8 }, (_, index) => ({
    id: 2038 + index,
    tid: `TCK-${4100 + index}`,
    userid: 1 + (index % 4),
    title: pick(['Cannot log in', 'Invoice question', 'DNS not resolving', 'Upgrade request'], index),
    status: pick(enums.ticket_status, index),
    urgency: pick(['Low', 'Medium', 'High'], index),
    flag: 0,
    date: `${day(index)} 10:00:00`,
    lastreply: `${day(index + 1)} 16:30:00`,
  }));
  const xrefs: MockRecord[] = tickets.slice(0, 5).map((ticket, index) => ({
    xref_id: 91 + index,
    ticket_id: ticket.id as number,
    project_id: index < 3 ? 100 : 101,
    action_id: index === 0 ? 1001 : 0,
  }));

  const timelogs: MockRecord[] = [];
  for (const project of projects) {
    const projectId = project.project_id as number;
    const projectActions = actionsOf(projectId);
    const count = projectId === 100 ? 75 : 3;
    for (let index = 0; index < count; index += 1) {
      timelogs.push({
        timelog_id: 3001 + timelogs.length,
        project_id: projectId,
        action_id: (pick(projectActions, index).action_id as number | undefined) ?? 0,
        timelog_type: pick(enums.timelog_type, index),
        timelog_status: index % 9 === 0 ? 'active' : 'complete',
        timelog_note: `Work session ${index + 1}`,
        timelog_start: `${day(Math.floor(index / 3))} ${String(9 + (index % 3) * 2).padStart(2, '0')}:00:00`,
        timelog_elapsed: 15 + ((index * 7) % 90),
        owner_adminid: 1 + (index % 2),
        billable: index % 4 === 0 ? 0 : 1,
        invoice_id: 0,
      });
    }
  }

  return {
    tables: {
      projects: table(projects, 'project_id'),
      actions: table(actions, 'action_id'),
      topics: table(topics, 'topic_id'),
      files: table(files, 'file_id'),
      whmcstickets: table(tickets, 'id'),
      ticketxrefs: table(xrefs, 'xref_id'),
      timelogs: table(timelogs, 'timelog_id'),
    },
    config: {
      api_active: 1,
      version: '3.23 (Parley mock)',
      date_format: 'Y-m-d',
      default_limit: 50,
      timelog_rounding: 15,
    },
  };
}
