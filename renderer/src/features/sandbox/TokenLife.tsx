import { useEffect, useState } from 'react';
import { useIpcQuery } from '../../ipc/hooks';

/** The remaining life of the profile's webCRM access token, never the token. Main refreshes it before it ends. */
export function TokenLife({ profileId }: { readonly profileId: string }) {
  const state = useIpcQuery('profiles.tokenState', { profileId }, { refetchInterval: 15_000, staleTime: 0 });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const expiresAt = state.data?.expiresAt ? Date.parse(state.data.expiresAt) : null;
  if (expiresAt === null)
    return (
      <span className="status-item" data-testid="token-life">
        No access token yet: the first request signs in
      </span>
    );
  const seconds = Math.max(0, Math.round((expiresAt - now) / 1000));
  const label = seconds >= 120 ? `${Math.floor(seconds / 60)} min` : `${seconds} s`;
  return (
    <span className="status-item" data-testid="token-life" title="Parley refreshes the token before it expires">
      Access token: {label} left
    </span>
  );
}
