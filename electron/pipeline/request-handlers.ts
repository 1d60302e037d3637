import { randomUUID } from 'node:crypto';
import { HandlerError } from '../../shared/ipc/errors';
import { emptyDraft } from '../../shared/request/draft';
import { redactRequest } from '../../shared/request/redact';
import type { SendProgress } from '../../shared/ipc/channels/request';
import type { Emit } from '../deps';
import type { Handlers } from '../ipc/router';
import type { MockManager } from '../mock-servers/manager';
import { prepareRequest } from './prepare';
import { sendDraft, type SendDeps } from './send';

type RequestHandlers = Pick<
  Handlers,
  | 'request.preview'
  | 'request.send'
  | 'request.cancel'
  | 'profiles.testConnection'
  | 'profiles.tokenState'
  | 'mocks.status'
>;

export function createRequestHandlers(
  deps: SendDeps,
  mocks: MockManager,
  emit?: Emit,
): { handlers: RequestHandlers; cancelAll(): void } {
  const inFlight = new Map<string, AbortController>();

  const send = async (
    input: Parameters<typeof sendDraft>[0]['draft'],
    requestId: string,
    title: string,
    confirmRisk: boolean,
    collectionFile: string | null = null,
  ) => {
    const controller = new AbortController();
    inFlight.set(requestId, controller);
    try {
      return await sendDraft(
        {
          requestId,
          draft: input,
          title,
          confirmRisk,
          signal: controller.signal,
          collectionFile,
          ...(emit ? { onProgress: (progress: SendProgress) => emit('request.progress', progress) } : {}),
        },
        deps,
      );
    } finally {
      inFlight.delete(requestId);
    }
  };

  const handlers: RequestHandlers = {
    'request.preview': async ({ draft, collectionFile }) => {
      const prepared = await prepareRequest(draft, deps, 'preview', { collectionFile });
      if (!prepared.ok) return { request: null, problems: prepared.problems, warnings: [] };
      return {
        request: redactRequest(prepared.request, prepared.sensitive),
        problems: [],
        warnings: prepared.warnings,
      };
    },
    'request.send': ({ requestId, draft, title, confirmRisk, collectionFile }) =>
      send(draft, requestId, title, confirmRisk, collectionFile),
    'request.cancel': ({ requestId }) => {
      const controller = inFlight.get(requestId);
      controller?.abort();
      return { cancelled: Boolean(controller) };
    },
    'profiles.testConnection': async ({ profileId, confirmRisk }) => {
      const profile = deps.vault.get(profileId);
      if (!profile) throw new HandlerError('not-found', 'That profile no longer exists.');
      if (profile.providerId === 'http')
        throw new HandlerError('conflict', 'Plain HTTP profiles have no connection test.');
      const auth = deps.auths.get(profile.providerId);
      const draft = {
        ...emptyDraft(profile.providerId),
        profileId,
        provider: { ...auth.connectionTest, params: { ...auth.connectionTest.params } },
      };
      const outcome = await send(draft, randomUUID(), 'Test connection', confirmRisk);
      if (outcome.error)
        return { ok: false, message: `${outcome.error.message} ${outcome.error.hint}`.trim(), status: null };
      const ok = outcome.interpretation
        ? outcome.interpretation.outcome === 'ok'
        : (outcome.response?.status ?? 0) < 400;
      return {
        ok,
        message: outcome.interpretation?.summary ?? `HTTP ${outcome.response?.status ?? ''}`,
        status: outcome.response?.status ?? null,
      };
    },
    'profiles.tokenState': ({ profileId }) => {
      const profile = deps.vault.get(profileId);
      const auth = profile && profile.providerId !== 'http' ? deps.auths.get(profile.providerId) : null;
      const state = auth?.tokenState?.(profileId) ?? null;
      return { expiresAt: state ? new Date(state.expiresAt).toISOString() : null };
    },
    'mocks.status': () => mocks.status(),
  };
  return { handlers, cancelAll: () => inFlight.forEach((controller) => controller.abort()) };
}
