import { useEffect, useState } from 'react';
import type { PlainAuth } from '../../../../shared/request/plain-auth';
import { VARIABLE_PATTERN } from '../../../../shared/request/variables';
import { useMoveCredential } from '../environments/useMoveCredential';
import { useVariableExplanations } from '../environments/useVariableExplanations';
import { AuthPreview } from './AuthPreview';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';

type Kind = PlainAuth['kind'];

const kinds: readonly { kind: Kind; label: string }[] = [
  { kind: 'none', label: 'None' },
  { kind: 'bearer', label: 'Bearer token' },
  { kind: 'basic', label: 'Basic' },
  { kind: 'apiKey', label: 'API key' },
  { kind: 'oauth2', label: 'OAuth 2.0' },
];

function fresh(kind: Kind): PlainAuth {
  switch (kind) {
    case 'bearer':
      return { kind, token: '' };
    case 'basic':
      return { kind, username: '', password: '' };
    case 'apiKey':
      return { kind, name: 'X-Api-Key', value: '', in: 'header' };
    case 'oauth2':
      return {
        kind,
        grant: 'client_credentials',
        tokenUrl: '',
        clientId: '',
        clientSecret: '',
        username: '',
        password: '',
        scope: '',
        clientAuth: 'basic',
      };
    default:
      return { kind: 'none' };
  }
}

const isClear = (value: string) => value.replace(VARIABLE_PATTERN, '').trim().length > 0;

/**
 * Plain HTTP's auth helpers. Main applies them at send time, like a provider's auth; a credential typed
 * here in clear is offered a move into a secret variable, and is masked in history and files either way.
 */
export function PlainAuthEditor({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  const auth = useTabSelector(tabId, (tab) => tab.draft.auth) ?? { kind: 'none' as const };
  const draft = useTabSelector(tabId, (tab) => tab.draft);
  const { values } = useVariableExplanations(tabId);
  const { store, problem } = useMoveCredential(tabId, values);
  const set = (next: PlainAuth) =>
    workbench.update(tabId, (current) => ({ ...current, auth: next.kind === 'none' ? undefined : next }));
  const patch = (change: Partial<PlainAuth>) => set({ ...auth, ...change } as PlainAuth);

  const text = (
    label: string,
    key: string,
    value: string,
    options: { secret?: boolean; placeholder?: string } = {},
  ) => (
    <label className="auth-field">
      <span>{label}</span>
      <span className="auth-input">
        <input
          aria-label={label}
          type={options.secret && isClear(value) ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={options.placeholder ?? (options.secret ? '{{secret_variable}} or the value' : '')}
          onChange={(e) => patch({ [key]: e.target.value } as Partial<PlainAuth>)}
        />
        {options.secret && isClear(value) ? (
          <button
            type="button"
            className="credential-move link"
            onClick={() =>
              void store(key, value).then((reference) => reference && patch({ [key]: reference } as Partial<PlainAuth>))
            }
          >
            Move to a secret variable
          </button>
        ) : null}
      </span>
    </label>
  );

  return (
    <div className="plain-auth">
      <label className="auth-field">
        <span>Auth</span>
        <select aria-label="Auth type" value={auth.kind} onChange={(e) => set(fresh(e.target.value as Kind))}>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {auth.kind === 'bearer' ? text('Token', 'token', auth.token, { secret: true }) : null}
      {auth.kind === 'basic' ? (
        <>
          {text('Username', 'username', auth.username)}
          {text('Password', 'password', auth.password, { secret: true })}
        </>
      ) : null}
      {auth.kind === 'apiKey' ? (
        <>
          {text('Key name', 'name', auth.name)}
          {text('Key value', 'value', auth.value, { secret: true })}
          <label className="auth-field">
            <span>Send in</span>
            <select
              aria-label="Send the key in"
              value={auth.in}
              onChange={(e) => patch({ in: e.target.value as 'header' | 'query' })}
            >
              <option value="header">Header</option>
              <option value="query">Query parameter</option>
            </select>
          </label>
        </>
      ) : null}
      {auth.kind === 'oauth2' ? (
        <>
          <label className="auth-field">
            <span>Grant</span>
            <select
              aria-label="Grant type"
              value={auth.grant}
              onChange={(e) => patch({ grant: e.target.value as 'client_credentials' | 'password' })}
            >
              <option value="client_credentials">Client credentials</option>
              <option value="password">Password</option>
            </select>
          </label>
          {text('Token URL', 'tokenUrl', auth.tokenUrl, { placeholder: 'https://auth.example.com/oauth/token' })}
          {text('Client ID', 'clientId', auth.clientId)}
          {text('Client secret', 'clientSecret', auth.clientSecret, { secret: true })}
          {auth.grant === 'password' ? (
            <>
              {text('Username', 'username', auth.username)}
              {text('Password', 'password', auth.password, { secret: true })}
            </>
          ) : null}
          {text('Scope', 'scope', auth.scope)}
          <label className="auth-field">
            <span>Client authentication</span>
            <select
              aria-label="Client authentication"
              value={auth.clientAuth}
              onChange={(e) => patch({ clientAuth: e.target.value as 'basic' | 'body' })}
            >
              <option value="basic">Basic header</option>
              <option value="body">In the form body</option>
            </select>
          </label>
          <OAuthTokenLife tabId={tabId} />
        </>
      ) : null}
      {problem ? (
        <p className="problem app-small" role="alert">
          {problem}
        </p>
      ) : null}
      {draft ? <AuthPreview draft={draft} /> : null}
    </div>
  );
}

/** The remaining life of the OAuth access token the last send used, like webCRM's token status; never the token. */
function OAuthTokenLife({ tabId }: { readonly tabId: string }) {
  const expiresAt = useTabSelector(tabId, (tab) => tab.outcome?.tokenExpiresAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (expiresAt === undefined)
    return (
      <p className="muted app-small" data-testid="oauth-token-life">
        No access token yet: the first send fetches one.
      </p>
    );
  if (expiresAt === null)
    return (
      <p className="muted app-small" data-testid="oauth-token-life">
        Access token: no expiry given; fetched again when the API refuses it.
      </p>
    );
  const seconds = Math.max(0, Math.round((Date.parse(expiresAt) - now) / 1000));
  const label = seconds >= 120 ? `${Math.floor(seconds / 60)} min` : `${seconds} s`;
  return (
    <p className="muted app-small" data-testid="oauth-token-life" title="Parley fetches a new token before it expires">
      Access token: {seconds === 0 ? 'expired, renewed at the next send' : `${label} left`}
    </p>
  );
}
