import { useMemo } from 'react';
import type { ProviderDraft } from '../../../../shared/providers/types';
import { buildWbTeamProRequest } from '../../../../shared/providers/wbteampro/build';

interface RequestPreviewProps {
  readonly draft: ProviderDraft;
  /** The profile's WHMCS URL; a placeholder when no profile is chosen. */
  readonly baseUrl?: string;
  readonly username?: string;
  readonly profileFields?: Readonly<Record<string, string>>;
}

const MASK = '••••';
const standIn = 'http://parley-mock.invalid';

/**
 * The exact URL and body the draft becomes, built by the same pure builder main uses. Credentials are
 * never here: main adds username and the password's MD5; this shows where they go, masked.
 */
export function RequestPreview({ draft, baseUrl, username, profileFields }: RequestPreviewProps) {
  // Demo profiles point at `mock://wbteampro` (main swaps in the running mock): preview with a stand-in origin.
  const mock = baseUrl?.startsWith('mock://') ? baseUrl.replace(/\/+$/, '') : null;
  const built = useMemo(
    () =>
      buildWbTeamProRequest(draft, {
        baseUrl: mock ? standIn : baseUrl || 'https://your-whmcs.example',
        fields: profileFields ?? {},
      }),
    [draft, baseUrl, mock, profileFields],
  );
  if (!built.ok) {
    return (
      <div className="wb-preview" aria-label="Request preview">
        {built.errors.map((error) => (
          <p key={`${error.param ?? ''}${error.message}`} className="wb-problem" role="alert">
            {error.param ? <code>{error.param}</code> : null} {error.message}
          </p>
        ))}
      </div>
    );
  }
  const { request } = built;
  const credentials = `username=${username ? encodeURIComponent(username) : MASK}&password=${MASK}`;
  const shownUrl = mock ? request.url.replace(standIn, mock) : request.url;
  const url = `${shownUrl}${shownUrl.includes('?') ? '&' : '?'}${credentials}`;
  const body =
    request.body.kind === 'form' ? request.body.fields.map((field) => `${field.name}=${field.value}`).join('\n') : null;
  return (
    <div className="wb-preview" aria-label="Request preview">
      <pre className="wb-preview-url" data-testid="wb-preview-url">
        <span className="wb-verb">{request.method}</span> {url}
      </pre>
      {body ? (
        <>
          <span className="wb-block-label">Body (application/x-www-form-urlencoded)</span>
          <pre className="wb-preview-body" data-testid="wb-preview-body">
            {body}
          </pre>
        </>
      ) : (
        <p className="muted">No body: the params travel in the URL.</p>
      )}
      {built.warnings.map((warning) => (
        <p key={warning} className="wb-warning">
          {warning}
        </p>
      ))}
      <p className="muted">
        password is the MD5 of the profile's password, computed in the main process; {MASK} stands for it here.
      </p>
    </div>
  );
}
