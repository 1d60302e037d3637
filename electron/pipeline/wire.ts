/**
 * Assembles the request pipeline from the parts of main it needs. Parts that have not landed yet are
 * reported to the user as unavailable instead of failing silently.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { MainDeps } from '../deps';
import { createMockManager, type MockManager } from '../mock-servers/manager';
import type { PlainResponse } from '../providers/types';
import type { HttpRequestSpec } from '../../shared/http/types';
import type { PipelineEngine, PipelineHistory, PipelineVault } from './ports';
import { createFileGrants, type FileGrants } from '../files/file-grants';
import { createOriginGuard } from './origin-binding';
import { createRequestHandlers } from './request-handlers';

export interface PipelineParts {
  readonly vault?: PipelineVault;
  readonly engine?: PipelineEngine;
  readonly history?: PipelineHistory;
  readonly files?: FileGrants;
}

const unavailable = (what: string) => () => {
  throw new HandlerError('not-found', `${what} is not available in this build.`);
};

export function createPipeline(deps: Pick<MainDeps, 'clock' | 'dialogs'>, parts: PipelineParts) {
  const mocks: MockManager = createMockManager();
  const vault: PipelineVault = parts.vault ?? {
    get: () => undefined,
    secretsFor: unavailable('The vault'),
    authFailures: () => 0,
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
  const { handlers, cancelAll } = createRequestHandlers(
    {
      vault,
      engine,
      history,
      mocks,
      clock: deps.clock,
      sideSend,
      files: parts.files ?? createFileGrants(),
      originGuard: createOriginGuard(deps.dialogs),
    },
    mocks,
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
