/** The timing waterfall: each measured phase as a bar placed after the ones before it. */
import type { Timings } from '../../../../shared/http/response';

const phases = [
  ['dns', 'DNS lookup'],
  ['connect', 'TCP connect'],
  ['tls', 'TLS handshake'],
  ['ttfb', 'Waiting (TTFB)'],
  ['download', 'Download'],
] as const;

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms < 10 ? ms.toFixed(2) : Math.round(ms)} ms`;
}

export function Waterfall({ timings }: { readonly timings: Partial<Timings> }) {
  const total = Math.max(timings.total ?? 0, 0.001);
  let start = 0;
  return (
    <table className="waterfall" aria-label="Timing waterfall">
      <tbody>
        {phases.map(([key, label]) => {
          const value = timings[key] ?? 0;
          const left = (start / total) * 100;
          start += value;
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="waterfall-track">
                <span
                  className={`waterfall-bar waterfall-${key}`}
                  style={{
                    left: `${Math.min(left, 100)}%`,
                    width: `${Math.max((value / total) * 100, value > 0 ? 0.5 : 0)}%`,
                  }}
                />
              </td>
              <td className="waterfall-value">{value > 0 ? formatMs(value) : '—'}</td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">Total</th>
          <td className="waterfall-track" />
          <td className="waterfall-value">{formatMs(timings.total ?? 0)}</td>
        </tr>
      </tbody>
    </table>
  );
}
