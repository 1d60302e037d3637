/**
 * `parley run`: saved requests through the app's own pipeline (prepare → auth → engine → interpret),
 * with credentials from a profile file and the environment, never the desktop vault. Reports go to
 * stdout (cli) and to files under --out (json, junit, html); none carries a secret.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { HttpRequestSpec } from '../../shared/http/types';
import { redactText } from '../../shared/request/redact';
import { systemClock, type Clock } from '../deps';
import { createPacer } from '../providers/pacing/pacer';
import { pacingLimitsFor } from '../providers/pacing/registry';
import type { PacingLimits } from '../providers/pacing/types';
import { createRunSender } from '../run/run-sender';
import { EnvironmentError, readRunEnvironment, type RunEnvironment } from '../run/run-environment';
import { appDataFolder } from '../user-data';
import type { RunReport } from '../../shared/run/report';
import { runSucceeded } from '../../shared/run/report';
import { settingsDefaults } from '../../shared/settings-defaults';
import { createHttpEngine } from '../http/engine';
import { createOAuth2Tokens } from '../http-auth/oauth2-tokens';
import { createMockManager } from '../mock-servers/manager';
import { createProviderAuths, mainProviderModules } from '../providers/registry';
import type { PipelineEngine } from '../pipeline/ports';
import type { PlainResponse } from '../providers/types';
import { CollectionLoadError, loadCollection } from '../run/load-collection';
import { DataFileError, readDataFile } from '../run/data-file';
import { loadRunProfiles } from '../run/profile-file';
import { cliReport } from '../run/reporters/cli';
import { htmlReport } from '../run/reporters/html';
import { jsonReport } from '../run/reporters/json';
import { junitReport } from '../run/reporters/junit';
import { runCollection, type RunDeps, type RunItem } from '../run/runner';
import type { RunCommand } from './run-args';
import { headlessDialogs } from '../dialogs/headless-dialogs';
import { createFileGrants } from '../files/file-grants';
import { createOriginGuard } from '../pipeline/origin-binding';
import { errorMessage } from '../../shared/values';

const reportFiles = { json: 'report.json', junit: 'junit.xml', html: 'report.html' } as const;

function mergeReports(reports: RunReport[]): RunReport {
  if (reports.length === 1) return reports[0]!;
  return {
    collection: reports.map((report) => report.collection).join(' + '),
    startedAt: reports[0]!.startedAt,
    durationMs: reports.reduce((sum, report) => sum + report.durationMs, 0),
    iterations: Math.max(...reports.map((report) => report.iterations)),
    entries: reports.flatMap((report) => report.entries),
    notices: reports.flatMap((report) => report.notices),
  };
}

/** What a run takes from the process: the clock and sleep pacing runs on, where output goes. */
export interface RunProcessDeps {
  readonly clock: Clock;
  readonly sleep: RunDeps['sleep'];
  /** A provider's documented limits, paced so the run never provokes them. */
  readonly limitsFor: (sandbox: string) => PacingLimits | undefined;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where the app keeps its data (the collection's environments for --env). */
  readonly dataFolder: string | null;
}

export const processRunDeps = (env: NodeJS.ProcessEnv): RunProcessDeps => ({
  clock: systemClock,
  sleep: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
  limitsFor: pacingLimitsFor,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  dataFolder: appDataFolder(env, process.platform, os.homedir()),
});

export async function runRun(
  command: RunCommand,
  env: NodeJS.ProcessEnv = process.env,
  deps: RunProcessDeps = processRunDeps(env),
): Promise<number> {
  const fail = (message: string) => {
    deps.stderr(`${message}\n`);
    return 2;
  };
  const passphrase = command.passphraseEnv ? env[command.passphraseEnv] : undefined;
  if (command.passphraseEnv && passphrase === undefined)
    return fail(`--passphrase-env ${command.passphraseEnv}: that environment variable is not set.`);
  const clock = deps.clock;
  const auths = createProviderAuths(mainProviderModules, { clock });
  let profiles;
  try {
    profiles = await loadRunProfiles(command.profileFile, passphrase, env, (providerId) =>
      providerId === 'http' ? undefined : auths.get(providerId).lockout,
    );
  } catch (error) {
    return fail(`--profile-file ${command.profileFile ?? ''}: ${errorMessage(error)}`);
  }
  let data: Record<string, string>[] | null = null;
  if (command.data) {
    try {
      data = await readDataFile(command.data);
    } catch (error) {
      if (error instanceof DataFileError) return fail(`--data ${error.message}`);
      throw error;
    }
  }
  const collections = [];
  for (const target of command.targets) {
    try {
      collections.push(
        await loadCollection(target, { folder: command.folder ?? undefined, resolveProfile: profiles.resolve }),
      );
    } catch (error) {
      if (error instanceof CollectionLoadError) return fail(error.message);
      throw error;
    }
  }
  const environments: RunEnvironment[] = [];
  for (const collection of collections) {
    try {
      environments.push(await readRunEnvironment(command.env, collection.root, deps.dataFolder, env));
    } catch (error) {
      if (error instanceof EnvironmentError) return fail(`--env ${command.env ?? ''}: ${error.message}`);
      throw error;
    }
  }

  const bodiesDir = await mkdtemp(path.join(os.tmpdir(), 'parley-run-'));
  const engine = createHttpEngine({ bodiesDir, settings: () => settingsDefaults });
  const mocks = createMockManager();
  const pipelineEngine: PipelineEngine = {
    send: (request, options) => engine.send(request, command.insecure ? { ...options, tlsVerify: false } : options),
  };
  const sideSend = async (request: HttpRequestSpec, tlsVerify: boolean): Promise<PlainResponse> => {
    const exchange = await pipelineEngine.send(request, { tlsVerify });
    if (!exchange.response) throw new Error(exchange.error?.message ?? 'The sign-in request failed.');
    return {
      status: exchange.response.status,
      headers: exchange.response.headers,
      bodyText: (await exchange.bodyText()) ?? '',
    };
  };
  const sendDeps = {
    vault: profiles.vault,
    mocks,
    clock,
    auths,
    sideSend,
    oauth: createOAuth2Tokens({ clock, send: (request: HttpRequestSpec) => sideSend(request, !command.insecure) }),
    dynamic: { now: () => clock.now(), uuid: randomUUID, random: Math.random },
    engine: pipelineEngine,
    history: { record: async () => null },
    // Nobody can answer a dialog in a headless run: secrets go only to their own origin, and no file was picked.
    originGuard: createOriginGuard(headlessDialogs),
    files: createFileGrants(),
    pacing: { pacer: createPacer({ clock }), limitsFor: deps.limitsFor },
  };
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  const reports: RunReport[] = [];
  try {
    for (const [index, collection] of collections.entries()) {
      const send = createRunSender({ ...sendDeps, workspace: environments[index]!.workspace });
      const items: RunItem[] = collection.items.map((item) =>
        command.timeoutMs === null
          ? item
          : {
              ...item,
              draft: { ...item.draft, transport: { ...item.draft.transport, totalTimeoutMs: command.timeoutMs } },
            },
      );
      reports.push(
        await runCollection(
          {
            collection: collection.name,
            items,
            parallelFolders: collection.parallelFolders,
            iterations: command.iterations,
            data,
            variables: command.envVars,
            bail: command.bail,
            delayMs: command.delayMs,
            concurrency: command.concurrency,
          },
          { send, sleep: deps.sleep, now: () => clock.now(), signal: controller.signal },
        ),
      );
    }
  } finally {
    process.off('SIGINT', interrupt);
    await engine.close();
    await mocks.close();
    auths.dispose();
    await rm(bodiesDir, { recursive: true, force: true });
  }

  const report = mergeReports(reports);
  // A last guard: whatever a reporter prints, no secret value of the run survives in it.
  const secretValues = [...profiles.secretValues, ...environments.flatMap((item) => item.secrets)];
  const safe = (text: string) => redactText(text, secretValues);
  if (command.reporters.includes('cli')) deps.stdout(safe(cliReport(report)));
  const files = command.reporters.filter((name) => name !== 'cli');
  if (files.length > 0) {
    const out = path.resolve(command.out ?? 'parley-reports');
    await mkdir(out, { recursive: true });
    const render = { json: jsonReport, junit: junitReport, html: htmlReport } as const;
    for (const name of files) {
      const file = path.join(out, reportFiles[name]);
      await writeFile(file, safe(render[name](report)), 'utf8');
      deps.stdout(`${name} report: ${file}\n`);
    }
  }
  return runSucceeded(report) ? 0 : 1;
}
