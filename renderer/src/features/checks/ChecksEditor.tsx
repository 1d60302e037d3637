/**
 * The request's captures and assertions as two small tables: no scripts, saved with the request and
 * evaluated in main after every send (and by `parley run`).
 */
import type { Assertion, Capture, RequestChecks } from '../../../../shared/run/checks';

const captureSources: readonly { value: Capture['from']; label: string; placeholder: string }[] = [
  { value: 'jsonpath', label: 'JSONPath', placeholder: '$.Result.Id' },
  { value: 'xpath', label: 'XPath', placeholder: 'string(//project/@id)' },
  { value: 'header', label: 'Header', placeholder: 'Location' },
  { value: 'regex', label: 'Regex', placeholder: '"id":(\\d+)' },
  { value: 'status', label: 'Status', placeholder: '' },
];

const assertionKinds: readonly { value: Assertion['kind']; label: string }[] = [
  { value: 'status', label: 'Status' },
  { value: 'envelope-ok', label: 'Provider says OK' },
  { value: 'jsonpath', label: 'JSONPath' },
  { value: 'xpath', label: 'XPath' },
  { value: 'header', label: 'Header' },
  { value: 'time-under', label: 'Time under (ms)' },
  { value: 'size-under', label: 'Body under (bytes)' },
];

const valueOps = ['equals', 'contains', 'exists', 'matches', 'length'] as const;
const headerOps = ['equals', 'contains', 'exists'] as const;

/** How a selected value is compared, and the expected value unless the comparison is `exists`. */
function Comparison<Op extends string>({
  ops,
  op,
  value,
  onChange,
}: {
  ops: readonly Op[];
  op: Op;
  value: string;
  onChange: (op: Op, value: string) => void;
}) {
  return (
    <>
      <select aria-label="Comparison" value={op} onChange={(e) => onChange(e.target.value as Op, value)}>
        {ops.map((item) => (
          <option key={item} value={item}>
            {item}
          </option>
        ))}
      </select>
      {op === 'exists' ? null : (
        <input aria-label="Expected value" value={value} onChange={(e) => onChange(op, e.target.value)} />
      )}
    </>
  );
}

function newAssertion(kind: Assertion['kind']): Assertion {
  switch (kind) {
    case 'status':
      return { kind, op: 'is', value: 200 };
    case 'envelope-ok':
      return { kind };
    case 'jsonpath':
      return { kind, expression: '$', op: 'exists', value: '' };
    case 'xpath':
      return { kind, expression: '/', op: 'exists', value: '' };
    case 'header':
      return { kind, name: 'Content-Type', op: 'contains', value: '' };
    case 'time-under':
      return { kind, ms: 1000 };
    case 'size-under':
      return { kind, bytes: 1_000_000 };
  }
}

function AssertionFields({ assertion, onChange }: { assertion: Assertion; onChange: (next: Assertion) => void }) {
  switch (assertion.kind) {
    case 'status':
      return (
        <>
          <select
            aria-label="Status check"
            value={assertion.op}
            onChange={(e) => onChange({ ...assertion, op: e.target.value as 'is' | 'in-range' })}
          >
            <option value="is">is</option>
            <option value="in-range">from … to</option>
          </select>
          <input
            aria-label="Status"
            type="number"
            value={assertion.value}
            onChange={(e) => onChange({ ...assertion, value: Number(e.target.value) })}
          />
          {assertion.op === 'in-range' ? (
            <input
              aria-label="Highest status"
              type="number"
              value={assertion.max ?? assertion.value}
              onChange={(e) => onChange({ ...assertion, max: Number(e.target.value) })}
            />
          ) : null}
        </>
      );
    case 'envelope-ok':
      return <span className="app-small">the provider&apos;s envelope reads as success</span>;
    case 'jsonpath':
    case 'xpath':
      return (
        <>
          <input
            aria-label={`${assertion.kind === 'jsonpath' ? 'JSONPath' : 'XPath'} expression`}
            value={assertion.expression}
            onChange={(e) => onChange({ ...assertion, expression: e.target.value })}
          />
          <Comparison
            ops={valueOps}
            op={assertion.op}
            value={assertion.value}
            onChange={(op, value) => onChange({ ...assertion, op, value })}
          />
        </>
      );
    case 'header':
      return (
        <>
          <input
            aria-label="Header name"
            value={assertion.name}
            onChange={(e) => onChange({ ...assertion, name: e.target.value })}
          />
          <Comparison
            ops={headerOps}
            op={assertion.op}
            value={assertion.value}
            onChange={(op, value) => onChange({ ...assertion, op, value })}
          />
        </>
      );
    case 'time-under':
      return (
        <input
          aria-label="Milliseconds"
          type="number"
          min={1}
          value={assertion.ms}
          onChange={(e) => onChange({ ...assertion, ms: Number(e.target.value) })}
        />
      );
    case 'size-under':
      return (
        <input
          aria-label="Bytes"
          type="number"
          min={1}
          value={assertion.bytes}
          onChange={(e) => onChange({ ...assertion, bytes: Number(e.target.value) })}
        />
      );
  }
}

export function ChecksEditor({
  checks,
  onChange,
}: {
  checks: RequestChecks | undefined;
  onChange: (next: RequestChecks) => void;
}) {
  const captures = checks?.captures ?? [];
  const assertions = checks?.assertions ?? [];
  const setCaptures = (next: Capture[]) => onChange({ captures: next, assertions });
  const setAssertions = (next: Assertion[]) => onChange({ captures, assertions: next });
  return (
    <div className="checks-editor">
      <table className="kv-table" aria-label="Captures">
        <caption>Captures — a value from the response into {'{{variable}}'} for the next request</caption>
        <tbody>
          {captures.map((capture, index) => {
            const source = captureSources.find((item) => item.value === capture.from);
            const update = (patch: Partial<Capture>) =>
              setCaptures(captures.map((item, at) => (at === index ? { ...item, ...patch } : item)));
            return (
              <tr key={index}>
                <td>
                  <input
                    aria-label="Variable name"
                    value={capture.variable}
                    placeholder="subscriberId"
                    onChange={(e) => update({ variable: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label="Capture from"
                    value={capture.from}
                    onChange={(e) => update({ from: e.target.value as Capture['from'] })}
                  >
                    {captureSources.map((item) => (
                      <option key={item.value} value={item.value}>
                        {item.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {capture.from === 'status' ? null : (
                    <input
                      aria-label="Capture expression"
                      value={capture.expression}
                      placeholder={source?.placeholder}
                      onChange={(e) => update({ expression: e.target.value })}
                    />
                  )}
                </td>
                <td>
                  <label className="checks-to-environment" title="Also keep the value in the active environment">
                    <input
                      type="checkbox"
                      aria-label={`Keep ${capture.variable || 'the value'} in the active environment`}
                      checked={capture.toEnvironment}
                      onChange={(e) => update({ toEnvironment: e.target.checked })}
                    />
                    env
                  </label>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove capture ${capture.variable}`}
                    onClick={() => setCaptures(captures.filter((_, at) => at !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          setCaptures([...captures, { variable: '', from: 'jsonpath', expression: '', toEnvironment: false }])
        }
      >
        Add capture
      </button>
      <table className="kv-table" aria-label="Assertions">
        <caption>Assertions — checked after every send</caption>
        <tbody>
          {assertions.map((assertion, index) => (
            <tr key={index}>
              <td>
                <select
                  aria-label="Assertion kind"
                  value={assertion.kind}
                  onChange={(e) =>
                    setAssertions(
                      assertions.map((item, at) =>
                        at === index ? newAssertion(e.target.value as Assertion['kind']) : item,
                      ),
                    )
                  }
                >
                  {assertionKinds.map((item) => (
                    <option key={item.value} value={item.value}>
                      {item.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="checks-fields">
                <AssertionFields
                  assertion={assertion}
                  onChange={(next) => setAssertions(assertions.map((item, at) => (at === index ? next : item)))}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove assertion ${index + 1}`}
                  onClick={() => setAssertions(assertions.filter((_, at) => at !== index))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setAssertions([...assertions, newAssertion('status')])}>
        Add assertion
      </button>
    </div>
  );
}
