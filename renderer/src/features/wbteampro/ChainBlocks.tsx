import {
  apiVersions,
  bareAllowed,
  idNames,
  resourceNames,
  resourceTakesId,
  responseFormats,
  subsFor,
} from '../../../../shared/providers/wbteampro/chain/methods';
import type { Chain } from '../../../../shared/providers/wbteampro/chain/model';
import { exampleIds, normalizeChain } from './chain-state';

interface ChainBlocksProps {
  readonly chain: Chain;
  readonly onChange: (chain: Chain) => void;
}

interface ChoiceBlockProps {
  readonly label: string;
  readonly values: readonly string[];
  readonly current: string;
  readonly onPick: (value: string) => void;
  /** Shown for the empty value (`''`) when the block may stay empty. */
  readonly emptyLabel?: string;
}

function ChoiceBlock({ label, values, current, onPick, emptyLabel }: ChoiceBlockProps) {
  const all = emptyLabel === undefined ? values : ['', ...values];
  return (
    <div className="wb-block" role="group" aria-label={label}>
      <span className="wb-block-label">{label}</span>
      <div className="wb-choices">
        {all.map((value) => (
          <button
            key={value || 'none'}
            type="button"
            className="wb-choice"
            aria-pressed={value === current}
            onClick={() => onPick(value)}
          >
            {value === '' ? emptyLabel : value}
          </button>
        ))}
      </div>
    </div>
  );
}

/** version → resource → id (when the resource has one) → sub-resource → format, each offering only what the reference allows there. */
export function ChainBlocks({ chain, onChange }: ChainBlocksProps) {
  const set = (patch: Partial<Chain>) => onChange(normalizeChain({ ...chain, ...patch }));
  const takesId = resourceTakesId(chain.resource);
  const withId = chain.id !== null;
  const subs = subsFor(chain.resource, withId);
  const idName = idNames[chain.resource] ?? 'id';
  const example = exampleIds[chain.resource];

  return (
    <div className="wb-blocks" aria-label="Resource-action chain">
      <ChoiceBlock label="Version" values={apiVersions} current={chain.version} onPick={() => set({ version: 'v1' })} />
      <ChoiceBlock
        label="Resource"
        values={resourceNames}
        current={chain.resource}
        onPick={(value) => set({ resource: value as Chain['resource'], id: null, sub: null })}
      />
      {takesId ? (
        <div className="wb-block" role="group" aria-label="Record id">
          <label className="wb-block-label" htmlFor="wb-chain-id">
            {idName}
          </label>
          <div className="wb-choices">
            <input
              id="wb-chain-id"
              className="wb-id-input"
              inputMode="numeric"
              placeholder="all records"
              value={chain.id ?? ''}
              aria-describedby="wb-chain-id-help"
              onChange={(event) => {
                const digits = event.target.value.replace(/[^0-9]/g, '');
                set({ id: digits === '' ? null : digits });
              }}
            />
            <button type="button" className="wb-choice" aria-pressed={!withId} onClick={() => set({ id: null })}>
              all
            </button>
            {example ? (
              <button
                type="button"
                className="wb-choice"
                aria-pressed={chain.id === example}
                onClick={() => set({ id: example })}
                title={`Use ${idName} ${example} (a record of the Demo data)`}
              >
                {example}
              </button>
            ) : null}
          </div>
          <span id="wb-chain-id-help" className="wb-block-help">
            {withId ? 'one record' : 'empty: the whole list'}
          </span>
        </div>
      ) : null}
      {subs.length > 0 ? (
        <ChoiceBlock
          label="Sub-resource"
          values={subs}
          current={chain.sub ?? ''}
          emptyLabel={bareAllowed(chain.resource, withId) ? '(none)' : undefined}
          onPick={(value) => set({ sub: value === '' ? null : value })}
        />
      ) : null}
      <ChoiceBlock
        label="Format"
        values={responseFormats}
        current={chain.format}
        onPick={(value) => set({ format: value as Chain['format'] })}
      />
    </div>
  );
}
