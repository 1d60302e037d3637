import { useMemo, useState } from 'react';
import { isChannelName } from '../../../../shared/ipc/contract';
import { environmentSchema, type ProfileView } from '../../../../shared/profiles/schema';
import { baseUrlRule, type BaseUrlRule } from '../../../../shared/profiles/base-url-rule';
import { validateProfile, type ProfileIssue } from '../../../../shared/profiles/validate';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import type { ProfileFieldSpec } from '../../../../shared/providers/types';
import { useIpcMutation } from '../../ipc/hooks';
import { ConnectionTest } from './ConnectionTest';
import { EnvironmentDot } from './EnvironmentDot';
import { FieldInput } from './FieldInput';
import {
  emptyForm,
  environmentLabels,
  formFromProfile,
  toCreateInput,
  toPatch,
  type ProfileForm,
} from './profile-form';
import { SecretInput } from './SecretInput';
import { VariablesTable } from './VariablesTable';

export interface ProfileEditorProps {
  readonly providerId: SandboxId;
  readonly specs: readonly ProfileFieldSpec[];
  readonly defaultBaseUrl: string;
  /** null: a new profile. The parent remounts the editor (key) when the profile changes. */
  readonly profile: ProfileView | null;
  readonly onSaved: (profile: ProfileView) => void;
  readonly onCancel: () => void;
}

const invalidates = ['profiles.list', 'profiles.get', 'profiles.lastUsed.get'] as const;

const baseUrlHelp: Record<BaseUrlRule, string | undefined> = {
  required: undefined,
  optional: 'Optional. A request URL without a scheme (/items) is appended to it; with none set, it goes to http://.',
  unused: 'Not used with this choice: the requests go to the host it names. Leave it empty.',
};

/** The form of one profile, generated from the provider's field specs, validated as the user types. */
export function ProfileEditor({ providerId, specs, defaultBaseUrl, profile, onSaved, onCancel }: ProfileEditorProps) {
  const [form, setForm] = useState<ProfileForm>(() =>
    profile ? formFromProfile(profile) : emptyForm(specs, defaultBaseUrl),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const create = useIpcMutation('profiles.create', invalidates);
  const update = useIpcMutation('profiles.update', invalidates);
  const saving = create.isPending || update.isPending;
  const saveError = create.error ?? update.error;

  const stored = useMemo(
    () =>
      new Set(
        Object.entries(profile?.secrets ?? {})
          .filter(([, s]) => s.set)
          .map(([key]) => key),
      ),
    [profile],
  );
  const baseUrl = baseUrlRule(providerId, form.fields);
  const issues = useMemo(
    () => validateProfile({ ...form, secrets: form.secretChanges }, specs, stored, baseUrl),
    [form, specs, stored, baseUrl],
  );
  const errorFor = (field: string): string | null =>
    showAll || touched.has(field)
      ? (issues.find((issue: ProfileIssue) => issue.field === field)?.message ?? null)
      : null;
  const variableErrors = new Map(
    issues
      .filter((i) => i.field.startsWith('variables.'))
      .map((i) => [Number(i.field.split('.')[1]), i.message] as const),
  );

  const change = (field: string, next: Partial<ProfileForm>) => {
    setForm((current) => ({ ...current, ...next }));
    setTouched((current) => new Set(current).add(field));
  };
  const setSecret = (key: string, value: string | null | undefined) => {
    const { [key]: _old, ...others } = form.secretChanges;
    change(`secrets.${key}`, { secretChanges: value === undefined ? others : { ...others, [key]: value } });
  };

  const save = () => {
    setShowAll(true);
    if (issues.length > 0) return;
    if (profile) update.mutate({ id: profile.id, patch: toPatch(form) }, { onSuccess: onSaved });
    else create.mutate(toCreateInput(providerId, form), { onSuccess: onSaved });
  };

  return (
    <form
      className="profile-editor"
      aria-label={profile ? `Edit ${profile.name}` : 'New profile'}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      noValidate
    >
      <FieldInput
        spec={{ label: 'Name', required: true }}
        value={form.name}
        error={errorFor('name')}
        onChange={(name) => change('name', { name })}
      />

      <fieldset className="environment-choice">
        <legend>Environment</legend>
        {environmentSchema.options.map((environment) => (
          <label key={environment} className="environment-option">
            <input
              type="radio"
              name="environment"
              value={environment}
              checked={form.environment === environment}
              onChange={() => change('environment', { environment })}
            />
            <EnvironmentDot environment={environment} decorative /> {environmentLabels[environment]}
          </label>
        ))}
      </fieldset>

      <FieldInput
        spec={{
          label: 'Base URL',
          required: baseUrl === 'required',
          placeholder: baseUrl === 'unused' ? '' : defaultBaseUrl,
          help: baseUrlHelp[baseUrl],
        }}
        type="url"
        value={form.baseUrl}
        error={errorFor('baseUrl')}
        onChange={(baseUrl) => change('baseUrl', { baseUrl })}
      />

      {specs.map((spec) =>
        spec.secret ? (
          <SecretInput
            key={spec.key}
            spec={spec}
            stored={profile?.secrets[spec.key]}
            change={form.secretChanges[spec.key]}
            error={errorFor(`secrets.${spec.key}`)}
            onChange={(value) => setSecret(spec.key, value)}
          />
        ) : (
          <FieldInput
            key={spec.key}
            spec={spec}
            value={form.fields[spec.key] ?? ''}
            error={errorFor(`fields.${spec.key}`)}
            onChange={(value) => change(`fields.${spec.key}`, { fields: { ...form.fields, [spec.key]: value } })}
          />
        ),
      )}

      <div className="form-row">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={form.tlsVerify}
            onChange={(event) => change('tlsVerify', { tlsVerify: event.target.checked })}
          />
          Verify TLS certificates
        </label>
        {!form.tlsVerify && (
          <p className="field-warning" role="status">
            Certificate checks are off for this profile: anyone between you and the server can read and change the
            traffic, credentials included. Every response will carry a warning.
          </p>
        )}
      </div>

      <VariablesTable
        variables={form.variables}
        errors={showAll || touched.has('variables') ? variableErrors : new Map()}
        onChange={(variables) => change('variables', { variables })}
      />

      <div className="form-row">
        <label htmlFor="profile-notes">Notes</label>
        <textarea
          id="profile-notes"
          rows={3}
          value={form.notes}
          onChange={(event) => change('notes', { notes: event.target.value })}
        />
      </div>

      {saveError && (
        <p className="field-error" role="alert">
          {saveError.message}
        </p>
      )}
      {showAll && issues.length > 0 && (
        <p className="field-error" role="alert">
          Fix the {issues.length === 1 ? 'field' : `${issues.length} fields`} marked above to save.
        </p>
      )}

      <div className="editor-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : profile ? 'Save changes' : 'Create profile'}
        </button>
        <button type="button" onClick={onCancel}>
          {profile ? 'Revert' : 'Cancel'}
        </button>
        {profile && isChannelName('profiles.testConnection') && <ConnectionTest profileId={profile.id} />}
      </div>
    </form>
  );
}
