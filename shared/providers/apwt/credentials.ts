/**
 * APWT's two credential sets and how a built request tells main which one to apply. The builder sees no
 * secret, so it marks the request with the level the call needs; main's auth reads the mark, applies that
 * level's headers and removes the mark before anything is sent.
 */
export type ApwtAuthLevel = 'account' | 'user' | 'any';
export const apwtAuthLevels: readonly ApwtAuthLevel[] = ['account', 'user', 'any'];

/** Internal: never sent (auth strips it); it only carries the level from shared/ to main. */
export const apwtAuthLevelHeader = 'X-Parley-Apwt-Auth-Level';

export interface ApwtCredential {
  /** The profile key (a secret or a plain field). */
  readonly key: string;
  readonly label: string;
  readonly header: string;
  readonly secret: boolean;
}

export const apwtCredentialSets: Readonly<Record<'account' | 'user', readonly ApwtCredential[]>> = {
  account: [
    { key: 'apiKey', label: 'API key', header: 'Apwt-Apikey', secret: true },
    { key: 'apiAuth', label: 'API auth', header: 'Apwt-Apiauth', secret: true },
  ],
  user: [
    { key: 'user', label: 'User', header: 'Apwt-User', secret: false },
    { key: 'password', label: 'Password', header: 'Apwt-Password', secret: true },
    { key: 'supportCode', label: 'Support code', header: 'Apwt-Support-Code', secret: false },
  ],
};
