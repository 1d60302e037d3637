/**
 * The vault: credential profiles in main. Metadata and masks go to the renderer; decrypted secrets only
 * to the request pipeline (secretsFor). Everything persists in one resilient document (profiles.json).
 */
import { randomUUID } from 'node:crypto';
import { HandlerError } from '../../shared/ipc/errors';
import {
  profileInputSchema,
  type ProfileInput,
  type ProfilePatch,
  type ProfileView,
} from '../../shared/profiles/schema';
import { baseUrlRule } from '../../shared/profiles/base-url-rule';
import { validateProfile, type ProfileValues } from '../../shared/profiles/validate';
import { liftUrlSecret } from '../../shared/profiles/url-secret';
import type { AuthState, VaultStatus } from '../../shared/profiles/vault-types';
import { providerDefinition } from '../../shared/providers/registry';
import { sandboxIds, type SandboxId } from '../../shared/providers/sandboxes';
import type { DemoProfile, ProfileFieldSpec, ProviderId } from '../../shared/providers/types';
import type { MainDeps } from '../deps';
import type { AuthLockout } from '../providers/types';
import { describeFailures, failureEntry, failureKey, recordLogin } from './login-failures';
import {
  applySecretChanges,
  assertCanStoreSecrets,
  decryptSecrets,
  hasSecretValues,
  vaultStatus,
} from './secret-fields';
import { createVaultTransfer, type ProfileBody, type VaultTransfer } from './vault-transfer';
import {
  emptyVaultDocument,
  toView,
  VAULT_DOCUMENT,
  vaultDocumentSchema,
  type StoredProfile,
  type VaultDocument,
} from './stored';

export interface DemoSeed {
  readonly providerId: ProviderId;
  readonly baseUrl: string;
  readonly demo: DemoProfile;
}

export interface VaultOptions {
  /** A provider's profile fields; by default those of the provider registry. */
  readonly fieldsFor?: (providerId: SandboxId) => readonly ProfileFieldSpec[];
  /** A profile's credentials changed or it went away: cached tokens for it must be dropped. */
  readonly onCredentialsChanged?: (profileId: string) => void;
  /** The provider's lockout rules, when its server locks out after failed logins (the ban guard). */
  readonly lockoutFor?: (providerId: SandboxId) => AuthLockout | undefined;
}

export interface Vault extends VaultTransfer {
  list(providerId?: SandboxId): ProfileView[];
  get(id: string): ProfileView | undefined;
  create(input: ProfileInput): ProfileView;
  update(id: string, patch: ProfilePatch): ProfileView;
  duplicate(id: string): ProfileView;
  remove(id: string): { readonly id: string; readonly name: string };
  /** Brings back a profile deleted in this session, secrets included. */
  undoRemove(id: string): ProfileView;
  reorder(providerId: SandboxId, ids: readonly string[]): ProfileView[];
  lastUsed(providerId: SandboxId): string | null;
  setLastUsed(providerId: SandboxId, profileId: string | null): string | null;
  /** Main only: the decrypted secrets, for applying auth. Never send these over IPC. */
  secretsFor(id: string): Record<string, string>;
  /** Consecutive failed logins counted for this profile (shared with its origin's profiles where the server bans IPs). */
  authFailures(id: string): number;
  recordAuthResult(id: string, failed: boolean): void;
  authState(id: string): AuthState;
  /**
   * Creates each provider's Demo profile once; one the user deleted is never recreated. Applied on the
   * vault's first use, not here: opening the store at start-up would emit a recovery notice before any
   * window listens.
   */
  ensureDemoProfiles(demos: readonly DemoSeed[]): void;
  status(): VaultStatus;
  setConsent(given: boolean): VaultStatus;
}

export function createVault(
  deps: Pick<MainDeps, 'openDocument' | 'cipher' | 'clock'>,
  options: VaultOptions = {},
): Vault {
  const document = deps.openDocument({ ...VAULT_DOCUMENT, schema: vaultDocumentSchema, defaults: emptyVaultDocument });
  const fieldsFor =
    options.fieldsFor ?? ((id: SandboxId) => (id === 'http' ? [] : (providerDefinition(id)?.profileFields ?? [])));
  const changed = (id: string) => options.onCredentialsChanged?.(id);
  const lockoutOf = (profile: StoredProfile) => options.lockoutFor?.(profile.providerId);
  const failureKeyOf = (profile: StoredProfile) => failureKey(profile, lockoutOf(profile));
  /** Deleted this session, for undo: the profile with its secrets and the state that pointed at it. */
  const trash = new Map<
    string,
    { profile: StoredProfile; lastUsedOf: string[]; failures: VaultDocument['authFailures'][string] | undefined }
  >();

  let pendingDemos: readonly DemoSeed[] = [];
  /** Every seed asked for this session: a Demo still waiting for its secrets gets them once encryption works. */
  let knownDemos: readonly DemoSeed[] = [];
  let basicTextAllowed = false;
  const read = (): VaultDocument => {
    if (!basicTextAllowed && document.read().insecureStorageConsent?.given === true) {
      basicTextAllowed = true;
      deps.cipher.allowBasicText?.();
    }
    if (pendingDemos.length > 0) {
      const demos = pendingDemos;
      pendingDemos = [];
      createDemos(demos);
    }
    return document.read();
  };
  const save = (next: VaultDocument) => document.write(next);
  const timestamp = () => new Date(deps.clock.now()).toISOString();
  const find = (id: string) => read().profiles.find((profile) => profile.id === id);
  const mustFind = (id: string): StoredProfile => {
    const found = find(id);
    if (!found) throw new HandlerError('not-found', 'This profile no longer exists (it may have been deleted).');
    return found;
  };
  const status = () => vaultStatus(deps.cipher.backend(), read().insecureStorageConsent?.given === true);
  const nextOrder = (doc: VaultDocument, providerId: SandboxId) =>
    Math.max(-1, ...doc.profiles.filter((p) => p.providerId === providerId).map((p) => p.order)) + 1;

  const check = (providerId: SandboxId, values: ProfileValues, stored: ReadonlySet<string>) => {
    const specs = fieldsFor(providerId);
    const secretKeys = specs.filter((spec) => spec.secret).map((spec) => spec.key);
    const misplaced = Object.keys(values.fields ?? {}).filter((key) => secretKeys.includes(key));
    const rule = baseUrlRule(providerId, values.fields ?? {});
    const issues = validateProfile(values, specs, stored, rule).map((issue) => issue.message);
    if (misplaced.length > 0) issues.unshift(`${misplaced.join(', ')} must be sent as secrets, never as plain fields.`);
    if (issues.length > 0) throw new HandlerError('conflict', `The profile was not saved. ${issues.join(' ')}`);
  };

  const insert = (
    doc: VaultDocument,
    bodies: readonly ProfileBody[],
  ): { doc: VaultDocument; created: StoredProfile[] } => {
    const created: StoredProfile[] = [];
    let profiles = doc.profiles;
    for (const body of bodies) {
      const at = timestamp();
      const profile: StoredProfile = {
        ...body,
        id: randomUUID(),
        order: nextOrder({ ...doc, profiles }, body.providerId),
        createdAt: at,
        updatedAt: at,
      };
      profiles = [...profiles, profile];
      created.push(profile);
    }
    return { doc: { ...doc, profiles }, created };
  };

  const sorted = (profiles: readonly StoredProfile[]) =>
    [...profiles].sort(
      (a, b) => sandboxIds.indexOf(a.providerId) - sandboxIds.indexOf(b.providerId) || a.order - b.order,
    );

  const demoBody = ({ providerId, baseUrl, demo }: DemoSeed, secrets: StoredProfile['secrets']): ProfileBody => ({
    providerId,
    name: demo.name,
    baseUrl,
    environment: demo.environment,
    fields: { ...demo.fields },
    secrets,
    variables: [],
    notes:
      'Built-in demo profile: the credentials published in the provider documentation, sent to Parley’s local mock server.',
    tlsVerify: true,
  });

  /**
   * Demo credentials are the providers' published examples, not the user's secrets: they are stored with
   * whatever encryption the user accepted. Where none works yet, the Demo is created without them and is
   * marked created only once they are stored (after consent, or at a start where a key store appeared).
   */
  function createDemos(demos: readonly DemoSeed[]): void {
    knownDemos = [...knownDemos, ...demos.filter((d) => !knownDemos.some((k) => k.providerId === d.providerId))];
    const start = document.read();
    const missing = demos.filter(
      (seed, index) =>
        !start.demosCreated.includes(seed.providerId) &&
        demos.findIndex((d) => d.providerId === seed.providerId) === index,
    );
    if (missing.length === 0) return;
    const canEncrypt = !vaultStatus(deps.cipher.backend(), start.insecureStorageConsent?.given === true).needsConsent;
    let doc = start;
    const awaiting: Record<string, string> = { ...start.demosAwaitingSecrets };
    const created: string[] = [];
    for (const seed of missing) {
      const secrets = canEncrypt ? applySecretChanges(deps.cipher, {}, seed.demo.secrets) : {};
      const waitingId = awaiting[seed.providerId];
      if (waitingId !== undefined) {
        // Created earlier without secrets; one the user deleted or filled in since is left alone.
        if (!canEncrypt) continue;
        delete awaiting[seed.providerId];
        created.push(seed.providerId);
        doc = {
          ...doc,
          profiles: doc.profiles.map((p) =>
            p.id === waitingId && Object.keys(p.secrets).length === 0 ? { ...p, secrets, updatedAt: timestamp() } : p,
          ),
        };
        continue;
      }
      const inserted = insert(doc, [demoBody(seed, secrets)]);
      doc = inserted.doc;
      if (canEncrypt) created.push(seed.providerId);
      else awaiting[seed.providerId] = inserted.created[0]?.id ?? '';
    }
    save({ ...doc, demosCreated: [...doc.demosCreated, ...created], demosAwaitingSecrets: awaiting });
  }

  const transfer = createVaultTransfer({
    cipher: deps.cipher,
    now: () => deps.clock.now(),
    fieldsFor,
    read,
    save,
    mustFind,
    status,
    check,
    insert,
    timestamp,
    changed,
  });

  const list = (providerId?: SandboxId) =>
    sorted(read().profiles.filter((p) => providerId === undefined || p.providerId === providerId)).map(toView);

  return {
    list,
    get: (id) => {
      const found = find(id);
      return found ? toView(found) : undefined;
    },

    create(rawInput) {
      const parsed = profileInputSchema.parse(rawInput);
      const input = liftUrlSecret(parsed, fieldsFor(parsed.providerId));
      check(input.providerId, input, new Set());
      if (hasSecretValues(input.secrets)) assertCanStoreSecrets(status());
      const { secrets, ...rest } = input;
      const { doc, created } = insert(read(), [{ ...rest, secrets: applySecretChanges(deps.cipher, {}, secrets) }]);
      save(doc);
      return toView(created[0] as StoredProfile);
    },

    update(id, rawPatch) {
      const current = mustFind(id);
      const patch = liftUrlSecret(rawPatch, fieldsFor(current.providerId));
      const merged = { ...current, ...patch, fields: patch.fields ?? current.fields };
      check(current.providerId, { ...merged, secrets: patch.secrets ?? {} }, new Set(Object.keys(current.secrets)));
      if (hasSecretValues(patch.secrets)) assertCanStoreSecrets(status());
      const { secrets: secretChanges, ...plain } = patch;
      const next: StoredProfile = {
        ...current,
        ...plain,
        secrets: secretChanges ? applySecretChanges(deps.cipher, current.secrets, secretChanges) : current.secrets,
        updatedAt: timestamp(),
      };
      const doc = read();
      save({ ...doc, profiles: doc.profiles.map((p) => (p.id === id ? next : p)) });
      if (secretChanges || patch.fields || patch.baseUrl !== undefined) changed(id);
      return toView(next);
    },

    duplicate(id) {
      const { id: _id, order: _order, createdAt: _c, updatedAt: _u, ...body } = mustFind(id);
      const { doc, created } = insert(read(), [{ ...body, name: `${body.name} (copy)`.slice(0, 120) }]);
      save(doc);
      return toView(created[0] as StoredProfile);
    },

    remove(id) {
      const profile = mustFind(id);
      const doc = read();
      const lastUsedOf = Object.entries(doc.lastUsed)
        .filter(([, value]) => value === id)
        .map(([provider]) => provider);
      trash.set(id, { profile, lastUsedOf, failures: doc.authFailures[id] });
      const { [id]: _failures, ...authFailures } = doc.authFailures;
      const lastUsed = Object.fromEntries(Object.entries(doc.lastUsed).filter(([, value]) => value !== id));
      save({ ...doc, profiles: doc.profiles.filter((p) => p.id !== id), lastUsed, authFailures });
      changed(id);
      return { id, name: profile.name };
    },

    undoRemove(id) {
      const entry = trash.get(id);
      if (!entry)
        throw new HandlerError(
          'not-found',
          'There is nothing to undo for this profile (undo lasts until Parley closes).',
        );
      const doc = read();
      const lastUsed = { ...doc.lastUsed };
      for (const provider of entry.lastUsedOf) lastUsed[provider] ??= id;
      const authFailures = entry.failures ? { ...doc.authFailures, [id]: entry.failures } : doc.authFailures;
      save({ ...doc, profiles: [...doc.profiles, entry.profile], lastUsed, authFailures });
      trash.delete(id);
      return toView(entry.profile);
    },

    reorder(providerId, ids) {
      const doc = read();
      const own = sorted(doc.profiles.filter((p) => p.providerId === providerId));
      const unknown = ids.filter((id) => !own.some((p) => p.id === id));
      if (unknown.length > 0)
        throw new HandlerError(
          'not-found',
          `Some profiles are not ${providerId} profiles any more: ${unknown.join(', ')}.`,
        );
      const ordered = [...ids, ...own.map((p) => p.id).filter((id) => !ids.includes(id))];
      const orderOf = new Map(ordered.map((id, index) => [id, index]));
      save({
        ...doc,
        profiles: doc.profiles.map((p) => (orderOf.has(p.id) ? { ...p, order: orderOf.get(p.id) ?? p.order } : p)),
      });
      return list(providerId);
    },

    lastUsed(providerId) {
      const doc = read();
      const id = doc.lastUsed[providerId];
      return id && doc.profiles.some((p) => p.id === id && p.providerId === providerId) ? id : null;
    },

    setLastUsed(providerId, profileId) {
      const doc = read();
      if (profileId !== null && mustFind(profileId).providerId !== providerId) {
        throw new HandlerError('conflict', `That profile belongs to another provider than ${providerId}.`);
      }
      const { [providerId]: _previous, ...others } = doc.lastUsed;
      save({ ...doc, lastUsed: profileId === null ? others : { ...others, [providerId]: profileId } });
      return profileId;
    },

    secretsFor: (id) => decryptSecrets(deps.cipher, mustFind(id)),

    authFailures: (id) => failureEntry(read().authFailures, failureKeyOf(mustFind(id))).count,

    recordAuthResult(id, failed) {
      const profile = find(id);
      if (!profile) return;
      const doc = read();
      const authFailures = recordLogin(doc.authFailures, failureKeyOf(profile), id, failed);
      if (JSON.stringify(authFailures) === JSON.stringify(doc.authFailures)) return;
      save({ ...doc, authFailures });
    },

    authState(id) {
      const profile = mustFind(id);
      const key = failureKeyOf(profile);
      const nameOf = (profileId: string) => find(profileId)?.name ?? 'a deleted profile';
      return describeFailures(failureEntry(read().authFailures, key), key, lockoutOf(profile), nameOf);
    },

    ensureDemoProfiles(demos) {
      pendingDemos = [...pendingDemos, ...demos];
    },

    status,

    setConsent(given) {
      if (given && !basicTextAllowed) {
        basicTextAllowed = true;
        deps.cipher.allowBasicText?.();
      }
      save({ ...read(), insecureStorageConsent: { given, at: timestamp() } });
      createDemos(knownDemos);
      return status();
    },

    ...transfer,
  };
}
