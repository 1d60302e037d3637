/** Headers, Cookies, Request and Timeline tabs: plain tables over what main measured and sent. */
import type { Cookie, RedirectHop, Timings } from '../../../../shared/http/response';
import type { HeaderList, HttpRequestSpec } from '../../../../shared/http/types';
import { Waterfall } from './Waterfall';

export function HeaderTable({ headers, label }: { readonly headers: HeaderList; readonly label: string }) {
  if (headers.length === 0) return <p className="muted">No headers.</p>;
  return (
    <table className="inspector-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {headers.map(([name, value], index) => (
          <tr key={`${name}-${index}`}>
            <td className="mono">{name}</td>
            <td className="mono inspector-wrap">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CookieTable({ cookies }: { readonly cookies: readonly Cookie[] }) {
  if (cookies.length === 0) return <p className="muted">The response set no cookies.</p>;
  return (
    <table className="inspector-table" aria-label="Cookies">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Attributes</th>
        </tr>
      </thead>
      <tbody>
        {cookies.map((cookie, index) => (
          <tr key={`${cookie.name}-${index}`}>
            <td className="mono">{cookie.name}</td>
            <td className="mono inspector-wrap">{cookie.value}</td>
            <td className="mono">
              {Object.entries(cookie.attributes)
                .map(([key, value]) => (value === true ? key : `${key}=${value}`))
                .join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function bodyText(body: HttpRequestSpec['body']): string {
  switch (body.kind) {
    case 'none':
      return '';
    case 'json':
    case 'text':
      return body.text;
    case 'form':
      return body.fields.map((field) => `${field.name}=${field.value}`).join('\n');
    case 'multipart':
      return body.parts
        .map((part) => ('filePath' in part ? `${part.name}: file ${part.filePath}` : `${part.name}: ${part.value}`))
        .join('\n');
    case 'file':
      return `File: ${body.path}`;
  }
}

export function RequestView({ sent }: { readonly sent: HttpRequestSpec | null }) {
  if (!sent) return <p className="muted">The request was not sent.</p>;
  const text = bodyText(sent.body);
  return (
    <div className="inspector-request">
      <p className="mono inspector-wrap">
        <strong>{sent.method}</strong> {sent.url}
      </p>
      <HeaderTable headers={sent.headers} label="Request headers" />
      {text ? (
        <>
          <h3>Body ({sent.body.kind})</h3>
          <pre className="inspector-pre">{text.length > 200_000 ? `${text.slice(0, 200_000)}\n…` : text}</pre>
        </>
      ) : null}
    </div>
  );
}

export function TimelineView({
  redirects,
  timings,
  finalUrl,
}: {
  readonly redirects: readonly RedirectHop[];
  readonly timings: Partial<Timings>;
  readonly finalUrl: string;
}) {
  return (
    <div className="inspector-timeline">
      <h3>Redirects</h3>
      {redirects.length === 0 ? (
        <p className="muted">No redirects.</p>
      ) : (
        <ol className="timeline-hops" aria-label="Redirect hops">
          {redirects.map((hop, index) => (
            <li key={index} className="mono inspector-wrap">
              {hop.status} {hop.url} → {hop.location}
            </li>
          ))}
          <li className="mono inspector-wrap">Final: {finalUrl}</li>
        </ol>
      )}
      <h3>Phases</h3>
      <Waterfall timings={timings} />
    </div>
  );
}
