/**
 * The settings screen: network, proxy, TLS, bodies, history, appearance and the collection folder. Each
 * typed value is checked against its setting's bounds as it is typed, with the message beside the field;
 * Save sends only valid, changed values. Proxy changes are confirmed by main; the CA file and collection
 * folder are chosen in main's pickers, never typed as paths.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings, Theme } from '../../../../shared/settings';
import { useFocusTrap } from '../../app/useFocusTrap';
import { invoke } from '../../ipc/client';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { errorMessage } from '../../../../shared/values';
import { checkForm, formTextOf, numericFields, type FormText, type NumericField } from './settings-form';
import './settings.css';

export interface SettingsDialogProps {
  readonly onClose: () => void;
  /** The setting to focus first (the one a hint pointed at). */
  readonly focus?: keyof Settings;
}

export function SettingsDialog({ onClose, focus }: SettingsDialogProps) {
  const settings = useIpcQuery('settings.get', {});
  const info = useIpcQuery('app.info', {});
  if (!settings.data) return null;
  return <SettingsForm saved={settings.data} dataDir={info.data?.paths.data ?? ''} onClose={onClose} focus={focus} />;
}

function SettingsForm({
  saved,
  dataDir,
  onClose,
  focus,
}: {
  readonly saved: Settings;
  readonly dataDir: string;
  readonly onClose: () => void;
  readonly focus?: keyof Settings;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialog);
  const [text, setText] = useState<FormText>(() => formTextOf(saved));
  const [flags, setFlags] = useState(() => ({
    followRedirects: saved.followRedirects,
    useSystemProxy: saved.useSystemProxy,
    tlsVerify: saved.tlsVerify,
    proxyUrl: saved.proxyUrl,
    theme: saved.theme,
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const update = useIpcMutation('settings.update', ['settings.get']);
  const caFile = useIpcMutation('settings.caFile.set', ['settings.get']);
  const chooseFolder = useIpcMutation('collections.chooseFolder', ['collections.list', 'settings.get']);
  const check = checkForm(saved, text, flags);
  const invalid = Object.keys(check.problems).length > 0;

  useEffect(() => {
    if (focus) dialog.current?.querySelector<HTMLElement>(`[name="${focus}"]`)?.focus();
  }, [focus]);

  const save = () => {
    if (invalid) {
      setProblem('Some values are not valid: see the messages beside them.');
      return;
    }
    update.mutate(check.patch, { onSuccess: onClose, onError: (error) => setProblem(errorMessage(error)) });
  };
  const chooseCa = async () => {
    try {
      const picked = await invoke('files.pick', {});
      if (picked) caFile.mutate({ token: picked.token }, { onError: (error) => setProblem(errorMessage(error)) });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const number = (field: NumericField, disabled = false) => (
    <NumberField
      field={field}
      value={text[field.key]}
      problem={check.problems[field.key]}
      disabled={disabled}
      onChange={(value) => setText((current) => ({ ...current, [field.key]: value }))}
    />
  );
  const flag = (key: 'followRedirects' | 'useSystemProxy' | 'tlsVerify', label: string) => (
    <label className="settings-check">
      <input
        type="checkbox"
        name={key}
        checked={flags[key]}
        onChange={(event) => setFlags((current) => ({ ...current, [key]: event.target.checked }))}
      />
      {label}
    </label>
  );

  return (
    <div className="settings-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        className="settings-dialog"
        tabIndex={-1}
        onKeyDown={(event) => {
          trapFocus(event);
          if (event.key === 'Escape') onClose();
        }}
      >
        <header className="settings-header">
          <h2 id="settings-title">Settings</h2>
        </header>
        <form
          className="settings-body"
          aria-label="Settings"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <Group title="Network" note="A request's own Options override these.">
            {number(numericFields.connectTimeoutMs)}
            {number(numericFields.totalTimeoutMs)}
            {number(numericFields.idleTimeoutMs)}
            {flag('followRedirects', 'Follow redirects')}
            {number(numericFields.maxRedirects, !flags.followRedirects)}
          </Group>
          <Group title="Proxy">
            {flag('useSystemProxy', 'Use the system proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)')}
            <Field name="proxyUrl" label="Proxy URL" problem={check.problems.proxyUrl}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  placeholder="http://proxy.example.com:3128 (empty: no explicit proxy)"
                  value={flags.proxyUrl}
                  spellCheck={false}
                  onChange={(event) => setFlags((current) => ({ ...current, proxyUrl: event.target.value }))}
                />
              )}
            </Field>
          </Group>
          <Group title="TLS" note="A profile has its own verification switch; this is for requests without one.">
            {flag('tlsVerify', 'Verify TLS certificates')}
            <div className="settings-row">
              <span className="settings-label">Custom CA file</span>
              <span className="settings-value mono">{saved.caFile || 'None: the system’s authorities only'}</span>
              <button type="button" name="caFile" onClick={() => void chooseCa()}>
                Choose CA file…
              </button>
              {saved.caFile ? (
                <button type="button" onClick={() => caFile.mutate({ token: null })}>
                  Clear
                </button>
              ) : null}
            </div>
          </Group>
          <Group title="Response bodies">
            {number(numericFields.bodyFileThresholdBytes)}
            {number(numericFields.bodyCapBytes)}
          </Group>
          <Group title="History">
            {number(numericFields.historyMaxEntries)}
            {number(numericFields.historyMaxBytes)}
          </Group>
          <Group title="Appearance">
            <Field name="theme" label="Theme">
              {(props) => (
                <select
                  {...props}
                  value={flags.theme}
                  onChange={(event) => setFlags((current) => ({ ...current, theme: event.target.value as Theme }))}
                >
                  <option value="system">Follow the system</option>
                  <option value="light">Light</option>
                  <option value="dark">Dark</option>
                </select>
              )}
            </Field>
            {number(numericFields.editorFontSize)}
          </Group>
          <Group title="Collections">
            <div className="settings-row">
              <span className="settings-label">Collection folder</span>
              <span className="settings-value mono">{saved.collectionsDir || `${dataDir}/collections`}</span>
              <button
                type="button"
                name="collectionsDir"
                onClick={() => chooseFolder.mutate({}, { onError: (error) => setProblem(errorMessage(error)) })}
              >
                Change folder…
              </button>
            </div>
          </Group>
          {problem ? (
            <p className="problem" role="alert">
              {problem}
            </p>
          ) : null}
          <footer className="settings-footer">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={update.isPending}>
              Save settings
            </button>
          </footer>
        </form>
      </div>
    </div>
  );
}

function Group({
  title,
  note,
  children,
}: {
  readonly title: string;
  readonly note?: string;
  readonly children: ReactNode;
}) {
  return (
    <fieldset className="settings-group">
      <legend>{title}</legend>
      {note ? <p className="muted settings-note">{note}</p> : null}
      {children}
    </fieldset>
  );
}

interface ControlProps {
  readonly id: string;
  readonly name: string;
  readonly 'aria-invalid': boolean | undefined;
  readonly 'aria-describedby': string | undefined;
}

function Field({
  name,
  label,
  problem,
  children,
}: {
  readonly name: string;
  readonly label: string;
  readonly problem?: string;
  readonly children: (props: ControlProps) => ReactNode;
}) {
  const id = `setting-${name}`;
  return (
    <div className="settings-row">
      <label className="settings-label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        name,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': problem ? `${id}-problem` : undefined,
      })}
      {problem ? (
        <span className="settings-problem" id={`${id}-problem`}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}

function NumberField({
  field,
  value,
  problem,
  disabled,
  onChange,
}: {
  readonly field: NumericField;
  readonly value: string;
  readonly problem: string | undefined;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}) {
  return (
    <Field name={field.key} label={field.label} problem={problem}>
      {(props) => (
        <input
          {...props}
          type="text"
          inputMode="decimal"
          className="settings-number"
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
