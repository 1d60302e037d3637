/**
 * The chain builder's state and the ProviderDraft it edits, both ways. The draft is the source of truth
 * (the workbench owns it); every block edit makes a new draft through `toDraft`.
 */
import type { ProviderDraft } from '../../../../shared/providers/types';
import { chainPath } from '../../../../shared/providers/wbteampro/chain/format';
import {
  bareAllowed,
  idNames,
  methodByName,
  resourceTakesId,
  subsFor,
  type ChainMethod,
  type ChainVerb,
  type ResourceName,
} from '../../../../shared/providers/wbteampro/chain/methods';
import {
  chainForMethod,
  chainIdPattern,
  methodForChain,
  verbsForChain,
  type Chain,
} from '../../../../shared/providers/wbteampro/chain/model';
import { parseChain } from '../../../../shared/providers/wbteampro/chain/parse';
import { resolveOptions, type WbOptions } from '../../../../shared/providers/wbteampro/options';

export interface BuilderState {
  readonly chain: Chain;
  readonly verb: ChainVerb;
  readonly options: WbOptions;
  readonly params: Readonly<Record<string, unknown>>;
}

export const defaultChain: Chain = { version: 'v1', resource: 'projects', id: null, sub: null, format: 'json' };

/** Ids the id block offers as one-click examples (the Demo data has these records). */
export const exampleIds: Readonly<Partial<Record<ResourceName, string>>> = {
  projects: '100',
  actions: '1001',
  topics: '501',
  files: '701',
  whmcstickets: '2038',
  ticketxrefs: '91',
  timelogs: '3001',
};

function pickVerb(chain: Chain, wanted: string | undefined): ChainVerb {
  const verbs = verbsForChain(chain);
  const upper = wanted?.toUpperCase();
  return verbs.find((verb) => verb === upper) ?? (verbs.includes('GET') ? 'GET' : verbs[0]) ?? 'GET';
}

/** Keeps a chain legal after one block changed: drops a sub the new position does not allow, adds one it needs. */
export function normalizeChain(chain: Chain): Chain {
  const withId = chain.id !== null;
  const subs = subsFor(chain.resource, withId);
  let sub = chain.sub !== null && subs.includes(chain.sub) ? chain.sub : null;
  if (sub === null && !bareAllowed(chain.resource, withId)) sub = subs[0] ?? null;
  const id = chain.id !== null && chainIdPattern.test(chain.id) && resourceTakesId(chain.resource) ? chain.id : null;
  if (id !== chain.id) return normalizeChain({ ...chain, id });
  return { ...chain, sub };
}

export function fromDraft(draft: ProviderDraft, profileFields?: Readonly<Record<string, string>>): BuilderState {
  const options = resolveOptions(draft, profileFields ? { fields: profileFields } : undefined);
  let chain = defaultChain;
  let params: Record<string, unknown> = { ...draft.params };
  const parsed = draft.path ? parseChain(draft.path) : null;
  const named: ChainMethod | undefined = draft.endpointId ? methodByName(draft.endpointId) : undefined;
  if (parsed?.ok) chain = parsed.chain;
  else if (named) {
    const idName = idNames[named.resource];
    const id = named.id && idName ? String(params[idName] ?? exampleIds[named.resource] ?? '') : null;
    if (idName) delete params[idName];
    chain = normalizeChain(chainForMethod(named, id, options.format));
  }
  if (!parsed?.ok) chain = { ...chain, format: options.format };
  // The record id lives in the chain; the draft mirrors it as a param only for the catalog's checks.
  const chainIdName = idNames[chain.resource];
  params = Object.fromEntries(
    Object.entries(params).filter(([name, value]) => value !== undefined && name !== chainIdName),
  );
  return {
    chain,
    verb: pickVerb(chain, draft.method ?? named?.verb),
    options: { ...options, format: chain.format },
    params,
  };
}

/** The draft's params: the builder's, plus the chain's record id under its catalog name (`project_id`). */
function withChainId(chain: Chain, params: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const idName = idNames[chain.resource];
  if (!idName) return params;
  const { [idName]: _dropped, ...rest } = params;
  return chain.id === null ? rest : { ...rest, [idName]: chain.id };
}

export function toDraft(state: BuilderState, previous: ProviderDraft): ProviderDraft {
  const chain = normalizeChain(state.chain);
  const verb = pickVerb(chain, state.verb);
  const method = methodForChain(chain, verb);
  return {
    ...previous,
    endpointId: method?.name ?? null,
    method: verb,
    path: chainPath(chain, state.options.urlStyle),
    params: withChainId(chain, state.params),
    options: {
      urlStyle: state.options.urlStyle,
      verbMode: state.options.verbMode,
      paramsStyle: state.options.paramsStyle,
      format: chain.format,
    },
  };
}

/**
 * A catalog method whose path still has its `{id}` placeholder opens on the example record the builder shows
 * (100 for projects): the draft says so too, path and id param, so Path, preview and send agree.
 */
export function restateDraft(draft: ProviderDraft): ProviderDraft {
  const parsed = draft.path ? parseChain(draft.path) : null;
  if (parsed?.ok || !draft.endpointId || !methodByName(draft.endpointId)) return draft;
  return toDraft(fromDraft(draft), draft);
}
