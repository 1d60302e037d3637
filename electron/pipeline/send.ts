/**
 * One send, end to end: prepare → ban guard → pacing → engine → token retry → interpret → redact → history.
 * The outcome the renderer gets never contains a secret.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { Interpretation } from '../../shared/providers/types';
import type { RequestDraft } from '../../shared/request/draft';
import type { SendOutcome } from '../../shared/request/outcome';
import { redactRequest, redactText } from '../../shared/request/redact';
import type { CheckResults } from '../../shared/run/checks';
import { evaluateChecks, redactChecks } from '../run/evaluate';
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
  /** The collection file the draft was opened from (its folders' variables apply). */
  readonly collectionFile?: string | null;
}

/** A send's outcome for the renderer, plus what a runner evaluates in main: the body and the secrets to mask. */
export interface DetailedSend {
  readonly outcome: SendOutcome;
  readonly sensitive: readonly string[];
  /** The checks' results before masking: a runner chains captured values into the next request. */
  readonly checks: CheckResults | null;
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
  return (await sendDraftDetailed(input, deps)).outcome;
}

export async function sendDraftDetailed(input: SendInput, deps: SendDeps): Promise<DetailedSend> {
  const context = { collectionFile: input.collectionFile ?? null };
  const prepared = await prepareRequest(input.draft, deps, 'send', context);
  if (!prepared.ok) {
    throw new HandlerError('conflict', prepared.problems.map((p) => p.message).join(' '));
  }
  const { profile, auth, authContext, definition } = prepared;
  // The ban guard: where the server locks out after failed logins, the next risky send is asked first.
  if (profile && auth?.lockout && !input.confirmRisk) {
    const state = deps.vault.authState(profile.id);
    if (state.needsConfirmation) throw new HandlerError('confirmation-required', state.warning ?? '');
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
      const again = await prepareRequest(input.draft, deps, 'send', context);
      if (again.ok) {
        request = again.request;
        sensitive = again.sensitive;
        exchange = await deps.engine.send(request, options);
        warnings.push('The access token had expired: Parley signed in again and resent the request once.');
      }
    }
  }

  if (prepared.oauth && exchange.response?.status === 401) {
    // The API refused a cached OAuth token (revoked, or expired early): fetch a new one and resend once.
    deps.oauth.forget(prepared.oauth);
    const again = await prepareRequest(input.draft, deps, 'send', context);
    if (again.ok) {
      request = again.request;
      sensitive = again.sensitive;
      exchange = await deps.engine.send(request, options);
      warnings.push('The API refused the OAuth access token: Parley fetched a new one and resent the request once.');
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
  // The final URL repeats a query credential (api_key=…); it is masked like the request.
  const response = exchange.response
    ? {
        ...exchange.response,
        url: redactText(exchange.response.url, sensitive),
        redirects: exchange.response.redirects.map((hop) => ({
          ...hop,
          url: redactText(hop.url, sensitive),
          location: redactText(hop.location, sensitive),
        })),
      }
    : null;
  const error = exchange.error ? { ...exchange.error, message: redactText(exchange.error.message, sensitive) } : null;
  const historyId = await deps.history.record({
    sandbox: input.draft.sandbox,
    profileId: profile?.id ?? null,
    title: input.title,
    // A secret typed straight into a field (not via the profile) is masked here too.
    draft: JSON.parse(redactText(JSON.stringify(input.draft), sensitive)) as RequestDraft,
    sent,
    response,
    error,
    interpretation,
  });
  const redact = (text: string) => redactText(text, sensitive);
  const checks =
    input.draft.checks && exchange.response
      ? evaluateChecks(input.draft.checks, {
          status: exchange.response.status,
          headers: exchange.response.headers,
          bodyText,
          timeMs: exchange.response.timings.total,
          sizeBytes: exchange.response.body.size,
          interpretation,
        })
      : null;
  const outcome = {
    ...(checks ? { checks: redactChecks(checks, redact) } : {}),
    requestId: input.requestId,
    historyId,
    sent,
    response,
    error,
    interpretation,
    warnings,
  };
  return { outcome, sensitive, checks };
}
