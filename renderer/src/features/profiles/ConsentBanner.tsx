import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';

/**
 * Where the OS offers no secure key store, secrets are not stored until the user agrees, here. Nothing
 * falls back silently: without consent, saving a secret is refused with a message.
 */
export function ConsentBanner() {
  const status = useIpcQuery('vault.status', {});
  const consent = useIpcMutation('vault.consent', ['vault.status']);
  const data = status.data;
  if (!data) return null;
  if (data.backend === 'unavailable') {
    return (
      <div className="vault-banner vault-banner-error" role="alert">
        <strong>Secrets cannot be stored on this system.</strong> No encryption is available, so Parley will not save
        API keys or passwords. Profiles without secrets still work.
      </div>
    );
  }
  if (data.backend !== 'basic_text') return null;
  return (
    <div
      className={`vault-banner ${data.consentGiven ? '' : 'vault-banner-warning'}`}
      role={data.consentGiven ? 'status' : 'alert'}
    >
      {data.consentGiven ? (
        <>
          <span>Secrets are stored with basic protection (no OS key store on this system), as you allowed.</span>
          <button type="button" onClick={() => consent.mutate({ given: false })}>
            Withdraw
          </button>
        </>
      ) : (
        <>
          <span>
            <strong>No secure key store.</strong> This system has no keyring (Chromium's <code>basic_text</code>{' '}
            backend): secrets would be encrypted with a key any program on this computer can know. Parley stores no
            secret until you agree.
          </span>
          <button
            type="button"
            className="primary"
            disabled={consent.isPending}
            onClick={() => consent.mutate({ given: true })}
          >
            Store secrets with basic protection
          </button>
        </>
      )}
    </div>
  );
}
