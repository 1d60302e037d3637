/** After a send: what was captured ("captured subscriberId = 812") and each assertion's pass or fail. */
import type { CheckResults } from '../../../../shared/run/checks';

export function CheckResultsView({ results }: { results: CheckResults }) {
  const failed = results.assertions.filter((assertion) => !assertion.passed).length;
  return (
    <section className="check-results" aria-label="Checks">
      {results.assertions.length > 0 ? (
        <p className={failed > 0 ? 'check-summary check-fail' : 'check-summary check-pass'} role="status">
          {failed > 0
            ? `${failed} of ${results.assertions.length} assertions failed`
            : `All ${results.assertions.length} assertions passed`}
        </p>
      ) : null}
      <ul>
        {results.assertions.map((assertion, index) => (
          <li key={`a${index}`} className={assertion.passed ? 'check-pass' : 'check-fail'}>
            <span aria-hidden="true">{assertion.passed ? '✓' : '✗'}</span> {assertion.name}
            {assertion.passed ? null : (
              <span className="check-detail">
                {' '}
                — expected {assertion.expected}, actual {assertion.actual}
              </span>
            )}
          </li>
        ))}
        {results.captures.map((capture, index) => (
          <li key={`c${index}`} className={capture.value === null ? 'check-fail' : 'check-capture'}>
            {capture.value === null
              ? `${capture.variable} not captured: ${capture.problem ?? 'no value'}`
              : `captured ${capture.variable} = ${capture.value}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
