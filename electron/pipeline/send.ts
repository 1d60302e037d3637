/**
 * One send, end to end: prepare → ban guard → pacing → engine → token retry → interpret → redact → history.
 * The outcome the renderer gets never contains a secret.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { Interpretation } from '../../shared/providers/types';
import type { RequestDraft } from '../../shared/request/draft';
import type { SendOutcome } from '../../shared/request/outcome';
import { redactDeep, redactor, redactRequest } from '../../shared/request/redact';
import type { CheckResults } from '../../shared/run/checks';
import { evaluateChecks, redactChecks } from '../run/evaluate';
import { prepareRequest, type PrepareDeps } from './prepare';
import type { EngineExchange, PipelineEngine, PipelineHistory } from './ports';
import { waitText, type Pacer, type PacingVerdict } from '../providers/pacing/pacer';
import type { PacingLimits } from '../providers/pacing/types';
import { headerValue } from '../../shared/http/headers';
import type { SendProgress } from '../../shared/ipc/channels/request';
import { progressReporter } from './send-progress';
import type { EnvironmentCaptures } from '../environments/capture-to-environment';

export interface SendDeps extends PrepareDeps {
  readonly engine: PipelineEngine;
  readonly history: PipelineHistory;
  /** Warns before a send that would break a provider's documented rate limit. */
  readonly pacing?: PipelinePacing;
  /** Where captures marked "keep in the environment" go (the app); absent in a headless run. */
  readonly captures?: EnvironmentCaptures;
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
  /** Told as the response streams in (status, headers, body progress), secrets masked. */
  readonly onProgress?: (progress: SendProgress) => void;
  /** "Send anyway": the catalog's checks of parameter values warn instead of refusing. */
  readonly skipParamChecks?: boolean;
}

/** A send's outcome for the renderer, plus what a runner evaluates in main: the body and the secrets to mask. */
export interface DetailedSend {
  readonly outcome: SendOutcome;
  readonly sensitive: readonly string[];
  /** The checks' results before masking: a runner chains captured values into the next request. */
  readonly checks: CheckResults | null;
  /** Masks `sensitive` (every encoded form) in any text: built once per send. */
  readonly redact: (text: string) => string;
}

export class PacingWaitRequired extends HandlerError {
  /** How long until the request fits the limit: a runner waits this out instead of asking. */
  readonly waitMs: number;
  constructor(verdict: PacingVerdict) {
    super(
      'confirmation-required',
      `${verdict.reason} Wait ${waitText(verdict.waitMs)} before sending, or confirm to send now (the server may refuse or throttle it).`,
    );
    this.waitMs = verdict.waitMs;
  }
}

export async function sendDraft(input: SendInput, deps: SendDeps): Promise<SendOutcome> {
  return (await sendDraftDetailed(input, deps)).outcome;
}

export async function sendDraftDetailed(input: SendInput, deps: SendDeps): Promise<DetailedSend> {
  const context = { collectionFile: input.collectionFile ?? null, lenient: input.skipParamChecks ?? false };
  const prepared = await prepareRequest(input.draft, deps, 'send', context);
  if (!prepared.ok) {
    throw new HandlerError('conflict', prepared.problems.map((p) => p.message).join('\n'));
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

  // Without a profile, the settings' default decides.
  const tlsVerify = profile?.tlsVerify;
  const options = {
    signal: input.signal,
    tlsVerify,
    transport: input.draft.transport,
    // A request carrying secrets never follows a redirect to another origin: the credentials stay home.
    sameOriginRedirectsOnly: prepared.sensitive.length > 0,
    ...(input.onProgress
      ? progressReporter({
          requestId: input.requestId,
          sensitive: prepared.sensitive,
          report: input.onProgress,
          // Tokens a login hands out are known only once the whole answer is read.
          showContent: !auth?.secretsInResponse,
        })
      : {}),
    // A large body is masked as it goes to disk: no later read (slices, save) can meet a secret.
    sensitive: prepared.sensitive,
  };
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
        exchange = await deps.engine.send(request, { ...options, sensitive });
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
      exchange = await deps.engine.send(request, { ...options, sensitive });
      warnings.push('The API refused the OAuth access token: Parley fetched a new one and resent the request once.');
    }
  }

  const bodyText = exchange.response ? await exchange.bodyText() : null;
  if (profile && auth && exchange.response) {
    const plain = { status: exchange.response.status, headers: exchange.response.headers, bodyText: bodyText ?? '' };
    deps.vault.recordAuthResult(profile.id, auth.isAuthFailure(plain));
    // Tokens the server issued in this answer (a login call) are secrets from now on.
    sensitive = [...sensitive, ...(auth.secretsInResponse?.(plain) ?? [])];
  }
  if (exchange.stoppedRedirect) warnings.push(stoppedRedirectWarning(exchange.stoppedRedirect));

  let interpretation: Interpretation | null = null;
  if (definition && exchange.response) {
    const contentType = headerValue(exchange.response.headers, 'content-type') ?? '';
    interpretation = definition.interpret({
      status: exchange.response.status,
      headers: exchange.response.headers,
      contentType,
      bodyText,
      draft: input.draft.provider ?? { endpointId: null, params: {} },
    });
  }

  // Field by field, before anything is serialised: what the server echoed, the final URL, every hop.
  const redact = redactor(sensitive);
  if (exchange.response && sensitive.length > 0) await deps.engine.redactBody?.(exchange.response.id, sensitive);
  const sent = redactRequest(request, sensitive, redact);
  const response = exchange.response ? redactDeep(exchange.response, redact) : null;
  const error = exchange.error ? redactDeep(exchange.error, redact) : null;
  const shownInterpretation = interpretation ? redactDeep(interpretation, redact) : null;
  const shownWarnings = warnings.map(redact);
  const historyId = await deps.history.record({
    sandbox: input.draft.sandbox,
    profileId: profile?.id ?? null,
    title: redact(input.title),
    // A secret typed straight into a field (not via the profile) is masked here too.
    draft: redactDeep(input.draft, redact),
    sent,
    response,
    error,
    interpretation: shownInterpretation,
  });
  const checks =
    input.draft.checks && exchange.response
      ? await evaluateChecks(input.draft.checks, {
          status: exchange.response.status,
          headers: exchange.response.headers,
          bodyText,
          timeMs: exchange.response.timings.total,
          sizeBytes: exchange.response.body.size,
          interpretation,
        })
      : null;
  const keepNames = new Set((input.draft.checks?.captures ?? []).filter((c) => c.toEnvironment).map((c) => c.variable));
  const toKeep = (checks?.captures ?? []).flatMap((capture) =>
    capture.value !== null && keepNames.has(capture.variable)
      ? [{ variable: capture.variable, value: capture.value, secret: redact(capture.value) !== capture.value }]
      : [],
  );
  if (toKeep.length > 0 && deps.captures) shownWarnings.push(redact(deps.captures.keep(toKeep)));
  const outcome = {
    ...(checks ? { checks: redactChecks(checks, redact) } : {}),
    requestId: input.requestId,
    historyId,
    sent,
    response,
    error,
    interpretation: shownInterpretation,
    warnings: shownWarnings,
    ...(prepared.oauth ? { tokenExpiresAt: isoOrNull(deps.oauth.expiresAt(prepared.oauth)) } : {}),
  };
  return { outcome, sensitive, checks, redact };
}

const isoOrNull = (time: number | null) => (time === null ? null : new Date(time).toISOString());

function stoppedRedirectWarning(stopped: { readonly location: string; readonly reason: 'cross-origin' | 'downgrade' }) {
  return stopped.reason === 'downgrade'
    ? `The server redirected from https to plain http (${stopped.location}); Parley did not follow it. Allow downgrades in the request's transport options to follow.`
    : `The server redirected to another origin (${stopped.location}); Parley did not follow it, so this request's credentials stayed with the profile's server.`;
}
