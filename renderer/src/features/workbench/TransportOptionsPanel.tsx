/**
 * A request's own transport options: timeouts and redirects for this request only. An empty field means
 * the value in Settings, shown as the placeholder.
 */
import { useState } from 'react';
import type { TransportOptions } from '../../../../shared/http/types';
import { settingsDefaults } from '../../../../shared/settings-defaults';
import { useIpcQuery } from '../../ipc/hooks';

type NumberKey = 'connectTimeoutMs' | 'totalTimeoutMs' | 'maxRedirects';

const numberFields: readonly { key: NumberKey; label: string; min: number; max: number }[] = [
  { key: 'connectTimeoutMs', label: 'Connect timeout (ms)', min: 1, max: 600_000 },
  { key: 'totalTimeoutMs', label: 'Total timeout (ms)', min: 1, max: 3_600_000 },
  { key: 'maxRedirects', label: 'Max redirects', min: 0, max: 50 },
];

export function TransportOptionsPanel({
  options,
  onChange,
}: {
  readonly options: TransportOptions;
  readonly onChange: (next: TransportOptions) => void;
}) {
  const settings = useIpcQuery('settings.get', {}).data ?? settingsDefaults;
  const [typed, setTyped] = useState<Partial<Record<NumberKey, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<NumberKey, string>>>({});
  const follow = options.followRedirects;

  const setNumber = (key: NumberKey, min: number, max: number, text: string) => {
    setTyped((current) => ({ ...current, [key]: text }));
    const trimmed = text.trim();
    const { [key]: _dropped, ...rest } = options;
    if (trimmed === '') {
      setProblems((current) => ({ ...current, [key]: undefined }));
      return onChange(rest);
    }
    const value = Number(trimmed);
    if (!/^\d+$/.test(trimmed) || value < min || value > max) {
      setProblems((current) => ({ ...current, [key]: `Write a whole number between ${min} and ${max}.` }));
      return;
    }
    setProblems((current) => ({ ...current, [key]: undefined }));
    onChange({ ...rest, [key]: value });
  };

  return (
    <div className="transport-options">
      <p className="muted">For this request only; an empty field uses the value in Settings.</p>
      {numberFields.map(({ key, label, min, max }) => {
        const id = `transport-${key}`;
        const problem = problems[key];
        return (
          <div key={key} className="transport-row">
            <label htmlFor={id}>{label}</label>
            <input
              id={id}
              type="text"
              inputMode="numeric"
              value={typed[key] ?? (options[key] === undefined ? '' : String(options[key]))}
              placeholder={`${settings[key]} (Settings)`}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setNumber(key, min, max, event.target.value)}
            />
            {problem ? (
              <span className="problem" id={`${id}-problem`}>
                {problem}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="transport-row">
        <label htmlFor="transport-follow">Follow redirects</label>
        <select
          id="transport-follow"
          value={follow === undefined ? 'settings' : follow ? 'on' : 'off'}
          onChange={(event) => {
            const { followRedirects: _dropped, ...rest } = options;
            const choice = event.target.value;
            onChange(choice === 'settings' ? rest : { ...rest, followRedirects: choice === 'on' });
          }}
        >
          <option value="settings">As in Settings ({settings.followRedirects ? 'on' : 'off'})</option>
          <option value="on">On</option>
          <option value="off">Off</option>
        </select>
      </div>
    </div>
  );
}
