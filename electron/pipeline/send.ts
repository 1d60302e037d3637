/**
 * One send, end to end: prepare → ban guard → engine → token retry → interpret → redact → history.
 * The outcome the renderer gets never contains a secret.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { Interpretation } from '../../shared/providers/types';
import type { RequestDraft } from '../../shared/request/draft';
import type { SendOutcome } from '../../shared/request/outcome';
import { redactDeep, redactor, redactRequest } from '../../shared/request/redact';
import { prepareRequest, type PrepareDeps } from './prepare';
import type { EngineExchange, PipelineEngine, PipelineHistory } from './ports';

export interface SendDeps extends PrepareDeps {
  readonly engine: PipelineEngine;
  readonly history: PipelineHistory;
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

  const tlsVerify = profile?.tlsVerify ?? true;
  const options = {
    signal: input.signal,
    tlsVerify,
    transport: input.draft.transport,
    // A request carrying secrets never follows a redirect to another origin: the credentials stay home.
    sameOriginRedirectsOnly: prepared.sensitive.length > 0,
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
    if ((await auth.afterResponse(plain, authContext)) === 'retry') {
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
    const plain = { status: exchange.response.status, headers: exchange.response.headers, bodyText: bodyText ?? '' };
    deps.vault.recordAuthResult(profile.id, auth.isAuthFailure(plain));
    // Tokens the server issued in this answer (a login call) are secrets from now on.
    sensitive = [...sensitive, ...(auth.secretsInResponse?.(plain) ?? [])];
  }
  if (exchange.stoppedRedirect) warnings.push(stoppedRedirectWarning(exchange.stoppedRedirect));

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

  // Field by field, before anything is serialised: what the server echoed, the final URL, every hop.
  const redact = redactor(sensitive);
  if (exchange.response && sensitive.length > 0) await deps.engine.redactBody?.(exchange.response.id, sensitive);
  const sent = redactRequest(request, sensitive);
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
  return {
    requestId: input.requestId,
    historyId,
    sent,
    response,
    error,
    interpretation: shownInterpretation,
    warnings: shownWarnings,
  };
}

function stoppedRedirectWarning(stopped: { readonly location: string; readonly reason: 'cross-origin' | 'downgrade' }) {
  return stopped.reason === 'downgrade'
    ? `The server redirected from https to plain http (${stopped.location}); Parley did not follow it. Allow downgrades in the request's transport options to follow.`
    : `The server redirected to another origin (${stopped.location}); Parley did not follow it, so this request's credentials stayed with the profile's server.`;
}
