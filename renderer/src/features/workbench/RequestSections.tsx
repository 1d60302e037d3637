/**
 * The section under the request line. Each panel selects only the part of the draft it edits, and edits
 * from the tab's current draft, so typing elsewhere in the tab does not re-render it.
 */
import type { EndpointSpec } from '../../../../shared/providers/catalog';
import type { ProviderDraft } from '../../../../shared/providers/types';
import type { RequestDraft } from '../../../../shared/request/draft';
import type { BuilderView } from '../../providers/module';
import { ChecksEditor } from '../checks/ChecksEditor';
import { CodePanel } from '../code/CodePanel';
import { AuthPreview } from './AuthPreview';
import { BodyEditor } from './BodyEditor';
import { DocsPanel } from './DocsPanel';
import { KeyValueEditor } from './KeyValueEditor';
import { ParamsEditor } from './ParamsEditor';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';
import { PlainAuthEditor } from './PlainAuthEditor';
import { describeVariable } from './UrlField';
import { variableParts } from '../../../../shared/request/variables';
import { useMoveCredential } from '../environments/useMoveCredential';
import { useVariableExplanations } from '../environments/useVariableExplanations';

export type RequestSection = 'builder' | 'params' | 'headers' | 'body' | 'auth' | 'checks' | 'code' | 'docs';

const noParams: Readonly<Record<string, unknown>> = {};

const withProvider = (draft: RequestDraft, provider: ProviderDraft): RequestDraft => ({
  ...draft,
  provider: { ...provider, params: { ...provider.params } } as RequestDraft['provider'],
});

export function RequestSectionPanel({
  tabId,
  shown,
  builder,
  endpoint,
  theme,
}: {
  readonly tabId: string;
  readonly shown: RequestSection;
  readonly builder: BuilderView | null;
  readonly endpoint: EndpointSpec | null;
  readonly theme: 'light' | 'dark';
}) {
  const isPlain = useTabSelector(tabId, (tab) => tab.draft.sandbox === 'http') ?? true;
  if (shown === 'builder' && builder) return <BuilderSection tabId={tabId} builder={builder} />;
  if (shown === 'params' && isPlain) return <QuerySection tabId={tabId} />;
  if (shown === 'params') return <ParamsSection tabId={tabId} endpoint={endpoint} theme={theme} />;
  if (shown === 'headers') return <HeadersSection tabId={tabId} />;
  if (shown === 'body') return <BodySection tabId={tabId} theme={theme} />;
  if (shown === 'auth') return <AuthSection tabId={tabId} />;
  if (shown === 'checks') return <ChecksSection tabId={tabId} />;
  if (shown === 'code') return <CodeSection tabId={tabId} theme={theme} />;
  if (shown === 'docs') return <DocsPanel endpoint={endpoint} />;
  return null;
}

function BuilderSection({ tabId, builder }: { readonly tabId: string; readonly builder: BuilderView }) {
  const workbench = useWorkbenchActions();
  const provider = useTabSelector(tabId, (tab) => tab.draft.provider) ?? null;
  const profileId = useTabSelector(tabId, (tab) => tab.draft.profileId) ?? null;
  if (!provider) return null;
  const onChange = (next: ProviderDraft) => workbench.update(tabId, (draft) => withProvider(draft, next));
  return <builder.Panel draft={provider} profileId={profileId} onChange={onChange} />;
}

function QuerySection({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  const rows = useTabSelector(tabId, (tab) => tab.draft.query) ?? [];
  const { describeValue, move, problem } = useRowHelpers(tabId);
  return (
    <>
      <KeyValueEditor
        label="Query parameter"
        namePlaceholder="name"
        rows={rows}
        describeValue={describeValue}
        onMoveCredential={(index) => void move('query', index)}
        onChange={(query) => workbench.update(tabId, (draft) => ({ ...draft, query }))}
      />
      <MoveProblem problem={problem} />
    </>
  );
}

/** Hover text for `{{variables}}` in a row's value, and "Move to a secret variable" (plain HTTP). */
function useRowHelpers(tabId: string) {
  const { values, explain } = useVariableExplanations(tabId);
  const { move, problem } = useMoveCredential(tabId, values);
  const describeValue = (value: string) => {
    const parts = variableParts(value).filter((part) => part.variable !== null);
    if (parts.length === 0) return undefined;
    return parts
      .map((part) => `${part.text} ${describeVariable(explain(part.variable ?? ''), values[part.variable ?? ''])}`)
      .join('\n');
  };
  return { describeValue, move, problem };
}

function MoveProblem({ problem }: { readonly problem: string | null }) {
  return problem ? (
    <p className="problem app-small" role="alert">
      {problem}
    </p>
  ) : null;
}

function ParamsSection({
  tabId,
  endpoint,
  theme,
}: {
  readonly tabId: string;
  readonly endpoint: EndpointSpec | null;
  readonly theme: 'light' | 'dark';
}) {
  const workbench = useWorkbenchActions();
  const params = useTabSelector(tabId, (tab) => tab.draft.provider?.params ?? noParams) ?? noParams;
  const rawText = useTabSelector(tabId, (tab) => tab.rawText) ?? null;
  return (
    <ParamsEditor
      tabId={tabId}
      endpoint={endpoint}
      params={params}
      rawText={rawText}
      theme={theme}
      onChange={(next, nextRawText) =>
        workbench.update(
          tabId,
          (draft) => ({
            ...draft,
            provider: { endpointId: null, ...draft.provider, params: next } as RequestDraft['provider'],
          }),
          { rawText: nextRawText },
        )
      }
    />
  );
}

function ChecksSection({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  const checks = useTabSelector(tabId, (tab) => tab.draft.checks);
  return (
    <ChecksEditor
      checks={checks}
      onChange={(next) => workbench.update(tabId, (draft) => ({ ...draft, checks: next }))}
    />
  );
}

function HeadersSection({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  const rows = useTabSelector(tabId, (tab) => tab.draft.headers) ?? [];
  const isPlain = useTabSelector(tabId, (tab) => tab.draft.sandbox === 'http') ?? false;
  const { describeValue, move, problem } = useRowHelpers(tabId);
  return (
    <>
      <KeyValueEditor
        label="Header"
        namePlaceholder="Header-Name"
        rows={rows}
        describeValue={describeValue}
        onMoveCredential={isPlain ? (index) => void move('headers', index) : undefined}
        onChange={(headers) => workbench.update(tabId, (draft) => ({ ...draft, headers }))}
      />
      <MoveProblem problem={problem} />
    </>
  );
}

function BodySection({ tabId, theme }: { readonly tabId: string; readonly theme: 'light' | 'dark' }) {
  const workbench = useWorkbenchActions();
  const body = useTabSelector(tabId, (tab) => tab.draft.body);
  if (!body) return null;
  return (
    <BodyEditor
      tabId={tabId}
      body={body}
      theme={theme}
      onChange={(next) => workbench.update(tabId, (draft) => ({ ...draft, body: next }))}
    />
  );
}

function AuthSection({ tabId }: { readonly tabId: string }) {
  const draft = useTabSelector(tabId, (tab) => tab.draft);
  if (!draft) return null;
  return draft.sandbox === 'http' ? <PlainAuthEditor tabId={tabId} /> : <AuthPreview draft={draft} />;
}

function CodeSection({ tabId, theme }: { readonly tabId: string; readonly theme: 'light' | 'dark' }) {
  const draft = useTabSelector(tabId, (tab) => tab.draft);
  return draft ? <CodePanel draft={draft} theme={theme} /> : null;
}
