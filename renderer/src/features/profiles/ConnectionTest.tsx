import { useState } from 'react';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';

/**
 * "Test connection": the provider's cheapest authenticated call, made by main. After two failed logins
 * it asks for explicit confirmation first (wbTeamPro bans the IP on the third).
 */
export function ConnectionTest({ profileId }: { readonly profileId: string }) {
  const auth = useIpcQuery('profiles.authState', { profileId });
  const test = useIpcMutation('profiles.testConnection', ['profiles.authState']);
  const [confirmed, setConfirmed] = useState(false);
  const needsConfirmation = auth.data?.needsConfirmation === true;

  return (
    <div className="connection-test">
      {needsConfirmation && (
        <label className="field-warning">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          {auth.data?.warning} Try anyway.
        </label>
      )}
      <button
        type="button"
        disabled={test.isPending || (needsConfirmation && !confirmed)}
        onClick={() => test.mutate({ profileId, confirmRisk: confirmed })}
      >
        {test.isPending ? 'Testing…' : 'Test connection'}
      </button>
      <span role="status" className={test.data ? (test.data.ok ? 'test-ok' : 'test-failed') : undefined}>
        {test.data &&
          `${test.data.ok ? '✓' : '✗'} ${test.data.message}${test.data.status ? ` (HTTP ${test.data.status})` : ''}`}
        {test.error && `✗ ${test.error.message}`}
      </span>
    </div>
  );
}
