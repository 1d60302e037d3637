/**
 * The one table of wbTeamPro's Remote API methods (the reference's "Resource Action Reference", all 46).
 * Everything else is derived from it: what each block of the chain builder offers, the method name a chain
 * plus a verb resolves to, the catalog, the mock's routes.
 */

export const apiVersions = ['v1'] as const;
export type ApiVersion = (typeof apiVersions)[number];

export const responseFormats = ['json', 'xml'] as const;
export type ResponseFormat = (typeof responseFormats)[number];

export const chainVerbs = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export type ChainVerb = (typeof chainVerbs)[number];

export const resourceNames = [
  'api',
  'config',
  'projects',
  'actions',
  'topics',
  'files',
  'whmcstickets',
  'ticketxrefs',
  'timelogs',
] as const;
export type ResourceName = (typeof resourceNames)[number];

export interface ChainMethod {
  /** The reference's method name: `getProjectActions`, `updateTimelog` … (also the catalog endpoint id). */
  readonly name: string;
  readonly resource: ResourceName;
  /** True when the chain carries a record id after the resource (`projects.{project_id}`). */
  readonly id: boolean;
  /** The key after the resource (or after the id): `actions`, `bythread`, `download`, `resources`. */
  readonly sub: string | null;
  readonly verb: ChainVerb;
  /** The reference's one-line description. */
  readonly summary: string;
}

/** What a record id of each resource is called (the reference writes `projects.{project_id}`). */
export const idNames: Readonly<Partial<Record<ResourceName, string>>> = {
  projects: 'project_id',
  actions: 'action_id',
  topics: 'topic_id',
  files: 'file_id',
  whmcstickets: 'ticket_id',
  ticketxrefs: 'xref_id',
  timelogs: 'timelog_id',
};

const m = (
  name: string,
  resource: ResourceName,
  id: boolean,
  sub: string | null,
  verb: ChainVerb,
  summary: string,
): ChainMethod => ({ name, resource, id, sub, verb, summary });

export const chainMethods: readonly ChainMethod[] = [
  m('findResources', 'api', false, 'resources', 'GET', 'Return the API Resource List'),
  m('getConfig', 'config', false, null, 'GET', 'Return a Config Option'),

  m('findProjects', 'projects', false, null, 'GET', 'Return a Project List'),
  m('createProject', 'projects', false, null, 'POST', 'Create a Project'),
  m('getProject', 'projects', true, null, 'GET', 'Return a Project'),
  m('getProjectActions', 'projects', true, 'actions', 'GET', 'Return a Project Action List'),
  m('getProjectTopics', 'projects', true, 'topics', 'GET', 'Return a Project Topic List'),
  m('getProjectFiles', 'projects', true, 'files', 'GET', 'Return a Project File List'),
  m('getProjectTickets', 'projects', true, 'whmcstickets', 'GET', 'Return a Project Ticket List'),
  m('getProjectTimelogs', 'projects', true, 'timelogs', 'GET', 'Return a Project Timelog List'),
  m('updateProject', 'projects', true, null, 'PUT', 'Update a Project'),
  m('deleteProject', 'projects', true, null, 'DELETE', 'Delete a Project'),

  m('findActions', 'actions', false, null, 'GET', 'Return a Action List'),
  m('createAction', 'actions', false, null, 'POST', 'Create a Action'),
  m('getAction', 'actions', true, null, 'GET', 'Return a Action'),
  m('getActionTopics', 'actions', true, 'topics', 'GET', 'Return a Action Topic List'),
  m('getActionFiles', 'actions', true, 'files', 'GET', 'Return a Action File List'),
  m('getActionTickets', 'actions', true, 'whmcstickets', 'GET', 'Return a Action Ticket List'),
  m('getActionTimelogs', 'actions', true, 'timelogs', 'GET', 'Return a Action Timelog List'),
  m('updateAction', 'actions', true, null, 'PUT', 'Update a Action'),
  m('deleteAction', 'actions', true, null, 'DELETE', 'Delete a Action'),

  m('findTopics', 'topics', false, null, 'GET', 'Return a Topic List'),
  m('findTopicThreads', 'topics', false, 'bythread', 'GET', 'Return a Topic Thread List'),
  m('createTopic', 'topics', false, null, 'POST', 'Create a Topic'),
  m('getTopic', 'topics', true, null, 'GET', 'Return a Topic'),
  m('updateTopic', 'topics', true, null, 'PUT', 'Update a Topic'),
  m('deleteTopic', 'topics', true, null, 'DELETE', 'Delete a Topic'),

  m('findFiles', 'files', false, null, 'GET', 'Return a File List'),
  m('findFileThreads', 'files', false, 'bythread', 'GET', 'Return a File Thread List'),
  m('createFile', 'files', false, null, 'POST', 'Create a File'),
  m('getFile', 'files', true, null, 'GET', 'Return a File'),
  m('downloadFile', 'files', true, 'download', 'GET', 'Download a File'),
  m('updateFile', 'files', true, null, 'PUT', 'Update a File'),
  m('deleteFile', 'files', true, null, 'DELETE', 'Delete a File'),

  m('findWHMCSTickets', 'whmcstickets', false, null, 'GET', 'Return a WHMCS Ticket List'),
  m('getWHMCSTicket', 'whmcstickets', true, null, 'GET', 'Return a WHMCS Ticket'),

  m('findTicketXrefs', 'ticketxrefs', false, null, 'GET', 'Return a TicketXref List'),
  m('createTicketXref', 'ticketxrefs', false, null, 'POST', 'Create a TicketXref'),
  m('getTicketXref', 'ticketxrefs', true, null, 'GET', 'Return a TicketXref'),
  m('updateTicketXref', 'ticketxrefs', true, null, 'PUT', 'Update a TicketXref'),
  m('deleteTicketXref', 'ticketxrefs', true, null, 'DELETE', 'Delete a TicketXref'),

  m('findTimelogs', 'timelogs', false, null, 'GET', 'Return a Timelog List'),
  m('createTimelog', 'timelogs', false, null, 'POST', 'Create a Timelog'),
  m('getTimelog', 'timelogs', true, null, 'GET', 'Return a Timelog'),
  m('updateTimelog', 'timelogs', true, null, 'PUT', 'Update a Timelog'),
  m('deleteTimelog', 'timelogs', true, null, 'DELETE', 'Delete a Timelog'),
];

export function isResourceName(value: string): value is ResourceName {
  return (resourceNames as readonly string[]).includes(value);
}

export function methodByName(name: string): ChainMethod | undefined {
  return chainMethods.find((method) => method.name === name);
}

/** Does the resource take a record id at all (`api`, `config` do not)? */
export function resourceTakesId(resource: ResourceName): boolean {
  return chainMethods.some((method) => method.resource === resource && method.id);
}

/** The sub-resources allowed after `resource` (with or without an id), in the reference's order. */
export function subsFor(resource: ResourceName, withId: boolean): readonly string[] {
  const subs: string[] = [];
  for (const method of chainMethods) {
    if (method.resource === resource && method.id === withId && method.sub !== null && !subs.includes(method.sub))
      subs.push(method.sub);
  }
  return subs;
}

/** Whether the chain may stop without a sub-resource (`topics.bythread` exists, but so does `topics`). */
export function bareAllowed(resource: ResourceName, withId: boolean): boolean {
  return chainMethods.some((method) => method.resource === resource && method.id === withId && method.sub === null);
}

/** Every method a chain position matches: one per allowed verb. */
export function methodsAt(resource: ResourceName, withId: boolean, sub: string | null): readonly ChainMethod[] {
  return chainMethods.filter((method) => method.resource === resource && method.id === withId && method.sub === sub);
}
