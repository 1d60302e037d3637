import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWbTeamProRequest } from '../../../../shared/providers/wbteampro/build';
import { chainMethods, responseFormats } from '../../../../shared/providers/wbteampro/chain/methods';
import { chainForMethod, urlStyles } from '../../../../shared/providers/wbteampro/chain/model';
import { paramsStyles, verbModes } from '../../../../shared/providers/wbteampro/options';
import { defaultChain, fromDraft, normalizeChain, restateDraft, toDraft, type BuilderState } from './chain-state';

const builderState: fc.Arbitrary<BuilderState> = fc
  .record({
    method: fc.constantFrom(...chainMethods),
    id: fc.stringMatching(/^[1-9][0-9]{0,6}$/),
    format: fc.constantFrom(...responseFormats),
    urlStyle: fc.constantFrom(...urlStyles),
    verbMode: fc.constantFrom(...verbModes),
    paramsStyle: fc.constantFrom(...paramsStyles),
  })
  .map(({ method, id, format, urlStyle, verbMode, paramsStyle }) => ({
    chain: chainForMethod(method, id, format),
    verb: method.verb,
    options: { urlStyle, verbMode, paramsStyle, format },
    params: {},
  }));

describe('the draft the chain builder edits', () => {
  it('reads back the same builder state it wrote, and names the method of the chain and verb', () => {
    fc.assert(
      fc.property(builderState, (state) => {
        const draft = toDraft(state, { endpointId: null, params: {} });
        expect(fromDraft(draft)).toEqual(state);
        expect(draft.endpointId).toBe(
          chainMethods.find(
            (method) =>
              method.resource === state.chain.resource &&
              method.id === (state.chain.id !== null) &&
              method.sub === state.chain.sub &&
              method.verb === state.verb,
          )?.name,
        );
      }),
    );
  });

  it('builds into a request for every state (what the panel shows is what main sends)', () => {
    fc.assert(
      fc.property(builderState, (state) => {
        const draft = toDraft(state, { endpointId: null, params: {} });
        const built = buildWbTeamProRequest(
          {
            ...draft,
            params:
              state.verb === 'POST'
                ? {
                    project_id: 100,
                    project_name: 'x',
                    action_name: 'x',
                    topic_name: 'x',
                    file_label: 'x',
                    file_name: 'x',
                    ticket_id: 1,
                    timelog_start: '2026-01-01 10:00',
                  }
                : {},
          },
          { baseUrl: 'https://w.example', fields: {} },
        );
        expect(built.ok).toBe(true);
      }),
    );
  });

  it('keeps the chain legal when a block changes: a sub the new position lacks is dropped, a needed one added', () => {
    expect(normalizeChain({ ...defaultChain, resource: 'projects', id: null, sub: 'actions' })).toEqual({
      ...defaultChain,
      sub: null,
    });
    expect(normalizeChain({ ...defaultChain, resource: 'api', id: null, sub: null })).toEqual({
      ...defaultChain,
      resource: 'api',
      sub: 'resources',
    });
    expect(normalizeChain({ ...defaultChain, resource: 'config', id: '5', sub: null })).toEqual({
      ...defaultChain,
      resource: 'config',
    });
  });

  it('takes a catalog draft (endpoint id + id param) and moves the id into the chain', () => {
    const state = fromDraft(
      { endpointId: 'getProjectTimelogs', params: { project_id: 100, limit: 10 } },
      { format: 'xml', urlStyle: 'rewrite' },
    );
    expect(state).toMatchObject({
      chain: { resource: 'projects', id: '100', sub: 'timelogs', format: 'xml' },
      verb: 'GET',
      params: { limit: 10 },
      options: { urlStyle: 'rewrite' },
    });
  });
});

describe('a catalog method opened in the builder', () => {
  it('says in the draft the record id the builder shows, so the request sent has it', () => {
    const restated = restateDraft({ endpointId: 'getProject', params: {} });
    expect(restated.path).toMatch(/projects\/100\/json$/);
    expect(restated.params).toMatchObject({ project_id: '100' });
    const built = buildWbTeamProRequest(restated, { baseUrl: 'https://billing.example.com', fields: {} });
    expect(built.ok && built.request.url).toContain('/projects/100/json');
  });

  it('leaves a draft that already names its chain as it is', () => {
    const draft = { endpointId: 'getProject', path: 'api.php/v1/projects/7/json', params: { project_id: '7' } };
    expect(restateDraft(draft)).toBe(draft);
  });
});
