/**
 * Assembles the request pipeline from the parts of main it needs. A part left out (a test that needs no
 * engine) is reported to the user as unavailable instead of failing silently.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { MainDeps } from '../deps';
import { createMockManager, type MockManager } from '../mock-servers/manager';
import type { ProviderAuths } from '../providers/registry';
import type { PlainResponse } from '../providers/types';
import type { HttpRequestSpec } from '../../shared/http/types';
import type { PipelineEngine, PipelineHistory, PipelineVault } from './ports';
import { createFileGrants, type FileGrants } from '../files/file-grants';
import { createOriginGuard } from './origin-binding';
import { createRequestHandlers } from './request-handlers';
import { randomUUID } from 'node:crypto';
import type { WorkspaceLayers } from '../environments/workspace-layers';
import { createOAuth2Tokens } from '../http-auth/oauth2-tokens';
import { createPacer } from '../providers/pacing/pacer';
import { pacingLimitsFor } from '../providers/pacing/registry';

export interface PipelineParts {
  readonly auths: ProviderAuths;
  readonly vault?: PipelineVault;
  readonly engine?: PipelineEngine;
  readonly history?: PipelineHistory;
  readonly files?: FileGrants;
  readonly workspace?: WorkspaceLayers;
}

const unavailable = (what: string) => () => {
  throw new HandlerError('not-found', `${what} is not available in this build.`);
};

export function createPipeline(
  deps: Pick<MainDeps, 'clock' | 'dialogs'> & Partial<Pick<MainDeps, 'emit'>>,
  parts: PipelineParts,
) {
  const mocks: MockManager = createMockManager();
  const vault: PipelineVault = parts.vault ?? {
    get: () => undefined,
    secretsFor: unavailable('The vault'),
    authState: () => ({ failures: 0, needsConfirmation: false, warning: null }),
    recordAuthResult: () => undefined,
  };
  const engine: PipelineEngine = parts.engine ?? { send: unavailable('The HTTP engine') };
  const history: PipelineHistory = parts.history ?? { record: async () => null };
  const sideSend = async (request: HttpRequestSpec, tlsVerify: boolean): Promise<PlainResponse> => {
    const exchange = await engine.send(request, { tlsVerify });
    if (!exchange.response) throw new Error(exchange.error?.message ?? 'The sign-in request failed.');
    return {
      status: exchange.response.status,
      headers: exchange.response.headers,
      bodyText: (await exchange.bodyText()) ?? '',
    };
  };
  const oauth = createOAuth2Tokens({ clock: deps.clock, send: (request) => sideSend(request, true) });
  const dynamic = { now: () => deps.clock.now(), uuid: randomUUID, random: Math.random };
  const pacing = { pacer: createPacer({ clock: deps.clock }), limitsFor: (id: string) => pacingLimitsFor(id) };
  const { handlers, cancelAll } = createRequestHandlers(
    {
      auths: parts.auths,
      vault,
      engine,
      history,
      mocks,
      clock: deps.clock,
      sideSend,
      files: parts.files ?? createFileGrants(),
      originGuard: createOriginGuard(deps.dialogs),
      oauth,
      dynamic,
      workspace: parts.workspace,
      pacing,
    },
    mocks,
    deps.emit,
  );
  return {
    handlers,
    mocks,
    async dispose() {
      cancelAll();
      await mocks.close();
    },
  };
}
