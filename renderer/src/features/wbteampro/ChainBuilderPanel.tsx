import type { ProviderDraft } from '../../../../shared/providers/types';
import { chainVerbs, type ChainVerb } from '../../../../shared/providers/wbteampro/chain/methods';
import {
  actionString,
  methodForChain,
  urlStyleLabels,
  urlStyles,
  verbsForChain,
  type UrlStyle,
} from '../../../../shared/providers/wbteampro/chain/model';
import { paramsFor } from '../../../../shared/providers/wbteampro/fields';
import {
  paramsStyles,
  verbModes,
  type ParamsStyle,
  type VerbMode,
} from '../../../../shared/providers/wbteampro/options';
import { ChainBlocks } from './ChainBlocks';
import { fromDraft, toDraft, type BuilderState } from './chain-state';
import { ParamsForm } from './ParamsForm';
import { BanGuardNotice, ProfilePreview } from './ProfileContext';
import { PasteChain, type PastedChain } from './PasteChain';
import { RequestPreview } from './RequestPreview';
import './chain-builder.css';

export interface ChainBuilderPanelProps {
  readonly draft: ProviderDraft;
  readonly onChange: (draft: ProviderDraft) => void;
  /** The active profile's WHMCS URL, for the preview. */
  readonly baseUrl?: string;
  /** The active profile's admin username (not a secret), for the preview. */
  readonly username?: string;
  /** The active profile's non-secret fields (URL style and format defaults). */
  readonly profileFields?: Readonly<Record<string, string>>;
  /** The request's profile: the preview then reads its URL and username, and the ban guard its failed logins. */
  readonly profileId?: string | null;
}

/** A write does not page: limit, page and offset are left behind when the verb stops being GET. */
const withoutPaging = (params: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(params).filter(([name]) => !['limit', 'page', 'offset'].includes(name)));

const verbModeLabels: Record<VerbMode, string> = { verb: 'as the HTTP verb', param: 'as the method param (POST)' };
const paramsStyleLabels: Record<ParamsStyle, string> = {
  array: 'array: params[name]=value',
  json: 'JSON string: params={…}',
};

function Segmented<T extends string>({
  label,
  values,
  labels,
  current,
  onPick,
  disabled,
}: {
  label: string;
  values: readonly T[];
  labels?: Record<T, string>;
  current: T;
  onPick: (value: T) => void;
  disabled?: (value: T) => boolean;
}) {
  return (
    <div className="wb-segmented" role="group" aria-label={label}>
      <span className="wb-block-label">{label}</span>
      <div className="wb-choices">
        {values.map((value) => (
          <button
            key={value}
            type="button"
            className="wb-choice"
            aria-pressed={value === current}
            disabled={disabled?.(value)}
            onClick={() => onPick(value)}
          >
            {labels?.[value] ?? value}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The wbTeamPro resource-action chain builder: blocks, verbs, URL style, params, paste-back and a live preview. */
export function ChainBuilderPanel({
  draft,
  onChange,
  baseUrl,
  username,
  profileFields,
  profileId,
}: ChainBuilderPanelProps) {
  const state = fromDraft(draft, profileFields);
  const update = (patch: Partial<BuilderState>) => onChange(toDraft({ ...state, ...patch }, draft));
  const verbs = verbsForChain(state.chain);
  const method = methodForChain(state.chain, state.verb);
  const specs = method ? paramsFor(method) : [];

  const fill = (pasted: PastedChain) => {
    const verb = pasted.verb ? (pasted.verb.toUpperCase() as ChainVerb) : state.verb;
    update({
      chain: pasted.chain,
      verb,
      params: pasted.params ?? state.params,
      options: {
        ...state.options,
        urlStyle: pasted.style ?? state.options.urlStyle,
        paramsStyle: pasted.paramsStyle ?? state.options.paramsStyle,
        verbMode: pasted.verb ? 'param' : state.options.verbMode,
        format: pasted.chain.format,
      },
    });
  };

  return (
    <section className="wb-builder" aria-label="wbTeamPro chain builder">
      {profileId ? <BanGuardNotice profileId={profileId} /> : null}
      <PasteChain onFill={fill} />
      {/* Another resource has other fields: its params start empty rather than carrying foreign ones. */}
      <ChainBlocks
        chain={state.chain}
        onChange={(chain) => update(chain.resource === state.chain.resource ? { chain } : { chain, params: {} })}
      />

      <div className="wb-method" aria-live="polite">
        <span className="wb-block-label">Method</span>
        <strong data-testid="wb-method-name">{method?.name ?? '—'}</strong>
        <span className="muted">{method?.summary}</span>
        <code className="wb-action">{actionString(state.chain)}</code>
        <span className="wb-verbs" data-testid="wb-allowed-verbs">
          allows {verbs.join(', ')}
        </span>
      </div>

      <div className="wb-options">
        <Segmented
          label="HTTP method"
          values={chainVerbs}
          current={state.verb}
          onPick={(verb) => update({ verb, params: verb === 'GET' ? state.params : withoutPaging(state.params) })}
          disabled={(verb) => !verbs.includes(verb)}
        />
        <Segmented
          label="Send the method"
          values={verbModes}
          labels={verbModeLabels}
          current={state.options.verbMode}
          onPick={(verbMode) => update({ options: { ...state.options, verbMode } })}
        />
        <Segmented
          label="URL style"
          values={urlStyles}
          labels={urlStyleLabels as Record<UrlStyle, string>}
          current={state.options.urlStyle}
          onPick={(urlStyle) => update({ options: { ...state.options, urlStyle } })}
        />
        <Segmented
          label="Params style"
          values={paramsStyles}
          labels={paramsStyleLabels}
          current={state.options.paramsStyle}
          onPick={(paramsStyle) => update({ options: { ...state.options, paramsStyle } })}
        />
      </div>

      <details className="wb-section" open>
        <summary>Params</summary>
        <ParamsForm
          specs={specs}
          params={state.params}
          methodName={method?.name ?? 'this chain'}
          onChange={(params) => update({ params })}
        />
      </details>

      <div className="wb-section">
        <span className="wb-block-label">Preview</span>
        {profileId && !baseUrl ? (
          <ProfilePreview profileId={profileId} draft={toDraft(state, draft)} />
        ) : (
          <RequestPreview
            draft={toDraft(state, draft)}
            baseUrl={baseUrl}
            username={username}
            profileFields={profileFields}
          />
        )}
      </div>
    </section>
  );
}
