/** The wbTeamPro catalog: one entry per method of the reference, generated from the chain table. */
import type { EndpointSpec, ParamSpec } from '../catalog';
import { chainMethods, idNames, type ChainMethod } from './chain/methods';
import { paramsFor } from './fields';

const popular = new Set([
  'findProjects',
  'getProject',
  'getProjectActions',
  'findTimelogs',
  'createTimelog',
  'updateAction',
]);

/** The catalog path of a method, in the path-info style: `api.php/v1/projects/{project_id}/actions/json`. */
export function catalogPath(method: ChainMethod): string {
  const idName = idNames[method.resource];
  const keys = [
    'v1',
    method.resource,
    ...(method.id && idName ? [`{${idName}}`] : []),
    ...(method.sub ? [method.sub] : []),
    'json',
  ];
  return `modules/addons/wbteampro/api.php/${keys.join('/')}`;
}

function idParam(method: ChainMethod): ParamSpec[] {
  const idName = idNames[method.resource];
  if (!method.id || !idName) return [];
  return [
    {
      name: idName,
      in: 'path',
      type: 'integer',
      required: true,
      description: `The ${method.resource.replace(/s$/, '')} record id, placed in the chain`,
      example: method.resource === 'projects' ? 100 : undefined,
      pattern: '^[0-9]+$',
    },
  ];
}

function notesFor(method: ChainMethod): string[] {
  const notes = [
    `Chain: v1.${method.resource}${method.id ? `.{${idNames[method.resource] ?? 'id'}}` : ''}${method.sub ? `.${method.sub}` : ''}.json — version first, format (json or xml) last.`,
    `HTTP ${method.verb}, or any verb with the parameter method=${method.verb.toLowerCase()}.`,
  ];
  if (method.id && method.sub && method.sub !== 'download')
    notes.push('A combined request: the response carries the parent record and the list in one envelope.');
  if (method.verb === 'GET' && (!method.id || method.sub))
    notes.push('Lists answer with response.data: total, page, pages, limit (50 by default), offset, filters.');
  return notes;
}

function assumptionFor(method: ChainMethod): string {
  const base =
    "The reference lists this method without its parameters (they are shown only in the addon's bundled sandbox): the params here come from the addon's field names and defaults.";
  if (method.sub === 'download')
    return `${base} The download's body shape (file record plus base64 content) is assumed.`;
  if (method.sub === 'bythread') return `${base} "By thread" is read as: top-level records with their replies.`;
  return base;
}

export const wbteamproCatalog: readonly EndpointSpec[] = chainMethods.map((method) => ({
  id: method.name,
  group: method.resource,
  name: method.summary,
  method: method.verb,
  path: catalogPath(method),
  params: [...idParam(method), ...paramsFor(method)],
  auth: 'admin',
  description: `${method.name}: ${method.summary}.`,
  notes: notesFor(method),
  assumption: assumptionFor(method),
  popular: popular.has(method.name),
}));
