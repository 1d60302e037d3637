/**
 * For provider contract tests: every send goes through Parley's own pipeline (prepare → provider auth →
 * engine → token retry → interpret) and its real undici engine, to the real mock on loopback. Only the
 * vault (one profile in memory), the history (discarded) and the mock resolver (identity) are stand-ins.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HttpRequestSpec } from '../../../shared/http/types';
import type { ProfileView } from '../../../shared/profiles/schema';
import type { Interpretation, ProviderDraft } from '../../../shared/providers/types';
import type { RequestDraft } from '../../../shared/request/draft';
import { defaultSettings } from '../../../shared/settings';
import { systemClock, type Clock } from '../../deps';
import { createHttpEngine, type HttpEngine } from '../../http/engine';
import type { PipelineEngine, PipelineVault } from '../../pipeline/ports';
import { sendDraft, type PipelinePacing } from '../../pipeline/send';
import { createOAuth2Tokens } from '../../http-auth/oauth2-tokens';
import type { ProviderAuths } from '../registry';
import type { PlainResponse, ProviderAuth } from '../types';
import { headlessDialogs } from '../../dialogs/headless-dialogs';
import { createFileGrants } from '../../files/file-grants';
import { createOriginGuard } from '../../pipeline/origin-binding';

async function withEngine<T>(use: (engine: HttpEngine) => Promise<T>): Promise<T> {
  const bodiesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-contract-'));
  const engine = createHttpEngine({ bodiesDir, settings: () => defaultSettings });
  try {
    return await use(engine);
  } finally {
    await engine.close();
    fs.rmSync(bodiesDir, { recursive: true, force: true });
  }
}

async function plainFrom(engine: PipelineEngine, request: HttpRequestSpec): Promise<PlainResponse> {
  const sent = await engine.send(request, { tlsVerify: true });
  if (!sent.response) throw new Error(sent.error?.message ?? 'no response');
  return { status: sent.response.status, headers: sent.response.headers, bodyText: (await sent.bodyText()) ?? '' };
}

/** One request through Parley's engine (no provider steps): for side requests and deliberately broken ones. */
export function sendPlain(spec: HttpRequestSpec): Promise<PlainResponse> {
  return withEngine((engine) => plainFrom(engine, spec));
}

export function testProfile(
  providerId: ProfileView['providerId'],
  baseUrl: string,
  fields: Record<string, string>,
  secretNames: readonly string[],
): ProfileView {
  const now = new Date(0).toISOString();
  return {
    id: `test-${providerId}`,
    providerId,
    name: 'Test',
    baseUrl,
    environment: 'test',
    fields,
    secrets: Object.fromEntries(secretNames.map((name) => [name, { set: true, masked: '••••' }])),
    variables: [],
    notes: '',
    tlsVerify: true,
    order: 0,
    createdAt: now,
    updatedAt: now,
  };
}

export interface Exchange {
  /** The request as it went on the wire, secrets included (the last data request the engine sent). */
  readonly request: HttpRequestSpec;
  /** Every request the engine sent for this exchange, token calls included, in order. */
  readonly wire: readonly HttpRequestSpec[];
  readonly response: PlainResponse;
  readonly interpretation: Interpretation;
  /** The pipeline's warnings, as the user sees them next to the response. */
  readonly warnings: readonly string[];
  /** What the renderer is given as "sent": masked. */
  readonly sent: HttpRequestSpec | null;
}

export interface ExchangeOptions {
  readonly clock?: Clock;
  /** Extra header rows, as the workbench's headers table adds them. */
  readonly headers?: readonly (readonly [string, string])[];
  /** The pipeline's pacer and the limits it reads (none unless a test brings them). */
  readonly pacing?: PipelinePacing;
  /** The user confirmed a warned send (ban guard, pacing). */
  readonly confirmRisk?: boolean;
}

/** The auths registry as a contract test needs it: the one provider under test, with its own token cache. */
function onlyAuth(auth: ProviderAuth): ProviderAuths {
  return {
    get(id) {
      if (id !== auth.id) throw new Error(`This contract test has no auth for ${id}.`);
      return auth as ReturnType<ProviderAuths['get']>;
    },
    all: () => [auth as ReturnType<ProviderAuths['get']>],
    dispose: () => auth.dispose?.(),
  };
}

/** Draft → Parley's pipeline (build, auth, engine, token retry, interpret) → the mock. */
export async function exchange(
  auth: ProviderAuth,
  profile: ProfileView,
  secrets: Record<string, string>,
  draft: ProviderDraft,
  options: ExchangeOptions = {},
): Promise<Exchange> {
  return withEngine(async (realEngine) => {
    const wire: HttpRequestSpec[] = [];
    const bodies: string[] = [];
    const engine: PipelineEngine = {
      async send(request, sendOptions) {
        wire.push(request);
        const sent = await realEngine.send(request, sendOptions);
        const text = (await sent.bodyText()) ?? '';
        bodies.push(text);
        return { response: sent.response, error: sent.error, bodyText: async () => text };
      },
    };
    const vault: PipelineVault = {
      get: (id) => (id === profile.id ? profile : undefined),
      secretsFor: () => secrets,
      authState: () => ({ failures: 0, needsConfirmation: false, warning: null }),
      recordAuthResult: () => undefined,
    };
    const requestDraft: RequestDraft = {
      sandbox: profile.providerId,
      profileId: profile.id,
      method: 'GET',
      url: '',
      query: [],
      headers: (options.headers ?? []).map(([name, value]) => ({ name, value, enabled: true })),
      body: { kind: 'none' },
      provider: draft,
      transport: {},
    };
    const outcome = await sendDraft(
      {
        requestId: 'contract',
        draft: requestDraft,
        title: 'contract',
        confirmRisk: options.confirmRisk ?? false,
        signal: new AbortController().signal,
      },
      {
        vault,
        engine,
        history: { record: async () => null },
        files: createFileGrants(),
        originGuard: createOriginGuard(headlessDialogs),
        mocks: { resolveBaseUrl: async (url) => url },
        clock: options.clock ?? systemClock,
        sideSend: (request) => plainFrom(engine, request),
        auths: onlyAuth(auth),
        oauth: createOAuth2Tokens({
          clock: options.clock ?? systemClock,
          send: (request) => plainFrom(engine, request),
        }),
        dynamic: { now: () => (options.clock ?? systemClock).now(), uuid: randomUUID, random: Math.random },
        ...(options.pacing ? { pacing: options.pacing } : {}),
      },
    );
    if (!outcome.response) throw new Error(outcome.error?.message ?? 'no response');
    if (!outcome.interpretation) throw new Error('the provider did not interpret the response');
    return {
      request: wire[wire.length - 1] as HttpRequestSpec,
      wire,
      response: {
        status: outcome.response.status,
        headers: outcome.response.headers,
        bodyText: bodies[bodies.length - 1] ?? '',
      },
      interpretation: outcome.interpretation,
      warnings: outcome.warnings,
      sent: outcome.sent,
    };
  });
}
