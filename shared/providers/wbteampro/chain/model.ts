/**
 * A wbTeamPro resource-action chain: version first, response format last, resource path between
 * (`v1.projects.100.actions.json`). The model is what the builder edits; format.ts and parse.ts turn
 * it into and out of the three URL styles.
 */
import {
  methodsAt,
  type ApiVersion,
  type ChainMethod,
  type ChainVerb,
  type ResourceName,
  type ResponseFormat,
} from './methods';

export interface Chain {
  readonly version: ApiVersion;
  readonly resource: ResourceName;
  /** The record id (digits) or null for the collection. */
  readonly id: string | null;
  readonly sub: string | null;
  readonly format: ResponseFormat;
}

export const urlStyles = ['path', 'rewrite', 'direct'] as const;
/** path: `api.php/v1/projects/100/json`, rewrite: `api/v1/projects/100/json`, direct: `api.php?action=v1.projects.100.json`. */
export type UrlStyle = (typeof urlStyles)[number];

export const urlStyleLabels: Readonly<Record<UrlStyle, string>> = {
  path: 'Path info (api.php/v1/…)',
  rewrite: 'Rewrite (api/v1/…)',
  direct: 'Direct (api.php?action=…)',
};

/** A record id as the chain carries it: digits only, so it can never be mistaken for a sub-resource. */
export const chainIdPattern = /^[0-9]{1,18}$/;

/** The chain's keys in order: `['v1', 'projects', '100', 'actions', 'json']`. */
export function chainKeys(chain: Chain): string[] {
  return [
    chain.version,
    chain.resource,
    ...(chain.id === null ? [] : [chain.id]),
    ...(chain.sub === null ? [] : [chain.sub]),
    chain.format,
  ];
}

/** The `action` value of the direct style: `v1.projects.100.actions.json`. */
export function actionString(chain: Chain): string {
  return chainKeys(chain).join('.');
}

/** The methods this chain can mean, one per HTTP verb (empty when the chain is not in the reference). */
export function methodsForChain(chain: Chain): readonly ChainMethod[] {
  return methodsAt(chain.resource, chain.id !== null, chain.sub);
}

export function verbsForChain(chain: Chain): readonly ChainVerb[] {
  return methodsForChain(chain).map((method) => method.verb);
}

export function methodForChain(chain: Chain, verb: string): ChainMethod | undefined {
  return methodsForChain(chain).find((method) => method.verb === verb.toUpperCase());
}

/** A chain that names the method's position, with `id` standing in for the record id when it needs one. */
export function chainForMethod(
  method: ChainMethod,
  id: string | null,
  format: ResponseFormat,
  version: ApiVersion = 'v1',
): Chain {
  return { version, resource: method.resource, id: method.id ? id : null, sub: method.sub, format };
}
