import type { RequestDraft } from '../../../../shared/request/draft';
import { useIpcQuery } from '../../ipc/hooks';

/** A masked secret (`••••a1b2`) stays readable where the URL or a form body would percent-encode it. */
const showMasks = (text: string) => text.replace(/%E2%80%A2/gi, '•');

/** What main will send, exactly, with the profile's credentials applied and masked. Read-only. */
export function AuthPreview({ draft }: { readonly draft: RequestDraft }) {
  const preview = useIpcQuery('request.preview', { draft }, { staleTime: 0 });
  if (preview.isPending) return <p role="status">Preparing the preview…</p>;
  if (preview.isError)
    return (
      <p className="problem" role="alert">
        {preview.error.message}
      </p>
    );
  const { request, problems, warnings } = preview.data;
  return (
    <div className="auth-preview">
      {problems.map((p) => (
        <p key={p.field + p.message} className="problem">
          {p.message}
        </p>
      ))}
      {warnings.map((w) => (
        <p key={w} className="app-warning">
          {w}
        </p>
      ))}
      {request ? (
        <pre className="http-preview" aria-label="Request as it will be sent" data-testid="request-preview">
          {`${request.method} ${showMasks(request.url)}\n${request.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}${
            request.body.kind === 'json' || request.body.kind === 'text'
              ? `\n\n${request.body.text}`
              : request.body.kind === 'form'
                ? `\n\n${showMasks(new URLSearchParams(request.body.fields.map((f) => [f.name, f.value])).toString())}`
                : ''
          }`}
        </pre>
      ) : null}
      <p className="muted">Secrets are masked here and everywhere outside the main process.</p>
    </div>
  );
}
