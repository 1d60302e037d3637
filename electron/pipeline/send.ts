/**
 * One send, end to end: prepare → ban guard → pacing → engine → token retry → interpret → redact → history.
 * The outcome the renderer gets never contains a secret.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { Interpretation } from '../../shared/providers/types';
import type { RequestDraft } from '../../shared/request/draft';
import type { SendOutcome } from '../../shared/request/outcome';
import { redactRequest, redactText } from '../../shared/request/redact';
import { prepareRequest, type PrepareDeps } from './prepare';
import type { EngineExchange, PipelineEngine, PipelineHistory } from './ports';
import { waitText, type Pacer, type PacingVerdict } from '../providers/pacing/pacer';
import type { PacingLimits } from '../providers/pacing/types';

export interface SendDeps extends PrepareDeps {
  readonly engine: PipelineEngine;
  readonly history: PipelineHistory;
  /** Warns before a send that would break a provider's documented rate limit. */
  readonly pacing?: PipelinePacing;
}

export interface PipelinePacing {
  readonly pacer: Pacer;
  readonly limitsFor: (provider: RequestDraft['sandbox']) => PacingLimits | undefined;
}

export interface SendInput {
  readonly requestId: string;
  readonly draft: RequestDraft;
  readonly title: string;
  /** The user accepted the risk named by the ban guard. */
  readonly confirmRisk: boolean;
  readonly signal: AbortSignal;
}

/** After this many consecutive failed logins the next send needs the user's confirmation. */
export const BAN_GUARD_THRESHOLD = 2;

export class ConfirmationRequired extends HandlerError {
  constructor(failures: number) {
    super(
      'confirmation-required',
      `This profile's last ${failures} logins failed. A third failure bans this IP on the server. Check the username and password first, or confirm to send anyway.`,
    );
  }
}

export class PacingWaitRequired extends HandlerError {
  constructor(verdict: PacingVerdict) {
    super(
      'confirmation-required',
      `${verdict.reason} Wait ${waitText(verdict.waitMs)} before sending, or confirm to send now (the server may refuse or throttle it).`,
    );
  }
}

export async function sendDraft(input: SendInput, deps: SendDeps): Promise<SendOutcome> {
  const prepared = await prepareRequest(input.draft, deps, 'send');
  if (!prepared.ok) {
    throw new HandlerError('conflict', prepared.problems.map((p) => p.message).join(' '));
  }
  const { profile, auth, authContext, definition } = prepared;
  if (profile && auth && input.draft.sandbox === 'wbteampro') {
    const failures = deps.vault.authFailures(profile.id);
    if (failures >= BAN_GUARD_THRESHOLD && !input.confirmRisk) throw new ConfirmationRequired(failures);
  }

  const limits = profile && deps.pacing ? deps.pacing.limitsFor(input.draft.sandbox) : undefined;
  if (profile && limits && deps.pacing) {
    const verdict = deps.pacing.pacer.check(profile.id, limits, prepared.request);
    if (verdict && !input.confirmRisk) throw new PacingWaitRequired(verdict);
    deps.pacing.pacer.record(profile.id, limits, prepared.request);
  }

  const tlsVerify = profile?.tlsVerify ?? true;
  const options = { signal: input.signal, tlsVerify, transport: input.draft.transport };
  let request = prepared.request;
  let sensitive = prepared.sensitive;
  let exchange: EngineExchange = await deps.engine.send(request, options);
  const warnings = [...prepared.warnings];

  if (auth?.afterResponse && authContext && exchange.response) {
    const plain = {
      status: exchange.response.status,
      headers: exchange.response.headers,
      bodyText: (await exchange.bodyText()) ?? '',
    };
    if ((await auth.afterResponse(plain, authContext, request)) === 'retry') {
      const again = await prepareRequest(input.draft, deps, 'send');
      if (again.ok) {
        request = again.request;
        sensitive = again.sensitive;
        exchange = await deps.engine.send(request, options);
        warnings.push('The access token had expired: Parley signed in again and resent the request once.');
      }
    }
  }

  const bodyText = exchange.response ? await exchange.bodyText() : null;
  if (profile && auth && exchange.response) {
    const failed = auth.isAuthFailure({
      status: exchange.response.status,
      headers: exchange.response.headers,
      bodyText: bodyText ?? '',
    });
    deps.vault.recordAuthResult(profile.id, failed);
  }

  let interpretation: Interpretation | null = null;
  if (definition && exchange.response) {
    const contentType = exchange.response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
    interpretation = definition.interpret({
      status: exchange.response.status,
      headers: exchange.response.headers,
      contentType,
      bodyText,
      draft: input.draft.provider ?? { endpointId: null, params: {} },
    });
  }

  const sent = redactRequest(request, sensitive);
  const error = exchange.error ? { ...exchange.error, message: redactText(exchange.error.message, sensitive) } : null;
  const historyId = await deps.history.record({
    sandbox: input.draft.sandbox,
    profileId: profile?.id ?? null,
    title: input.title,
    // A secret typed straight into a field (not via the profile) is masked here too.
    draft: JSON.parse(redactText(JSON.stringify(input.draft), sensitive)) as RequestDraft,
    sent,
    response: exchange.response,
    error,
    interpretation,
  });
  return { requestId: input.requestId, historyId, sent, response: exchange.response, error, interpretation, warnings };
}
