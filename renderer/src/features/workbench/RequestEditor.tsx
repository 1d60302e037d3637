import { useState } from 'react';
import { httpMethods, type HttpMethod } from '../../../../shared/http/types';
import { providerDefinition } from '../../../../shared/providers/registry';
import type { ProviderDraft } from '../../../../shared/providers/types';
import type { RequestDraft } from '../../../../shared/request/draft';
import { CodePanel } from '../code/CodePanel';
import { ProfilePicker } from '../profiles/ProfilePicker';
import { ChainBuilderPanel } from '../wbteampro/ChainBuilderPanel';
import { SqlBuilderPanel } from '../webcrm/SqlBuilderPanel';
import { AuthPreview } from './AuthPreview';
import { BodyEditor } from './BodyEditor';
import { DocsPanel } from './DocsPanel';
import { KeyValueEditor } from './KeyValueEditor';
import { ParamsEditor } from './ParamsEditor';
import type { RequestTab } from './tabs';
import { UrlField } from './UrlField';
import { displayValues, useProfiles } from './useActiveProfile';
import { useWorkbench } from './WorkbenchContext';
import { builderFor } from './builder-for';

type Section = 'builder' | 'params' | 'headers' | 'body' | 'auth' | 'code' | 'docs';

export function RequestEditor({
  tab,
  theme,
  onManageProfiles,
}: {
  readonly tab: RequestTab;
  readonly theme: 'light' | 'dark';
  readonly onManageProfiles: () => void;
}) {
  const workbench = useWorkbench();
  const { draft } = tab;
  const isPlain = draft.sandbox === 'http';
  const definition = draft.sandbox === 'http' ? undefined : providerDefinition(draft.sandbox);
  const endpoint = definition?.catalog.find((e) => e.id === draft.provider?.endpointId) ?? null;
  const { profile } = useProfiles(draft.sandbox, draft.profileId);
  const builder = builderFor(draft);
  const [section, setSection] = useState<Section>(builder ? 'builder' : 'params');
  const pending = tab.pendingRequestId !== null;

  const edit = (next: RequestDraft, rawText?: string | null) =>
    workbench.edit(tab.id, next, rawText === undefined ? undefined : { rawText });
  const editProvider = (change: Partial<ProviderDraft>) =>
    edit({
      ...draft,
      provider: { endpointId: null, params: {}, ...draft.provider, ...change } as RequestDraft['provider'],
    });

  const sections: { id: Section; label: string }[] = [
    ...(builder ? [{ id: 'builder' as const, label: builder === 'sql' ? 'SQL builder' : 'Chain builder' }] : []),
    { id: 'params', label: isPlain ? 'Query' : 'Params' },
    { id: 'headers', label: 'Headers' },
    ...(isPlain ? [{ id: 'body' as const, label: 'Body' }] : []),
    { id: 'auth', label: 'Auth' },
    { id: 'code', label: 'Code' },
    { id: 'docs', label: 'Docs' },
  ];
  const shown = sections.some((s) => s.id === section) ? section : 'params';
  const method = isPlain ? draft.method : (draft.provider?.method ?? endpoint?.method ?? 'GET');

  return (
    <section className="request-editor" aria-label="Request">
      <div className="request-profile">
        <ProfilePicker
          providerId={draft.sandbox}
          value={draft.profileId}
          onChange={(profileId) => edit({ ...draft, profileId })}
          onManage={onManageProfiles}
        />
      </div>
      <div className="request-line">
        {isPlain ? (
          <select
            aria-label="Method"
            className={`method method-${method}`}
            value={method}
            onChange={(e) => edit({ ...draft, method: e.target.value as HttpMethod })}
          >
            {httpMethods.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        ) : (
          <span className={`method method-${method}`} aria-label={`Method ${method}`}>
            {method}
          </span>
        )}
        <UrlField
          label={isPlain ? 'URL' : 'Path'}
          value={isPlain ? draft.url : (draft.provider?.path ?? endpoint?.path ?? '')}
          placeholder={
            isPlain ? 'https://api.example.com/items or {{baseUrl}}/items' : 'Pick an endpoint from the catalog'
          }
          values={displayValues(profile)}
          onChange={(value) => (isPlain ? edit({ ...draft, url: value }) : editProvider({ path: value }))}
        />
        {pending ? (
          <button type="button" className="danger" onClick={() => void workbench.cancel(tab.id)} title="Cancel (Esc)">
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => void workbench.send(tab.id)}
            title="Send (Ctrl+Enter)"
          >
            Send
          </button>
        )}
        <button type="button" onClick={() => void workbench.save(tab.id)} title="Save to the collection (Ctrl+S)">
          Save
        </button>
      </div>
      {tab.error ? (
        <div className="banner banner-error" role="alert">
          <span>{tab.error}</span>
          {tab.error.startsWith('Not sent:') && tab.rawText === null && !isPlain ? (
            <button type="button" onClick={() => void workbench.send(tab.id, true)}>
              Send anyway
            </button>
          ) : null}
          <button type="button" onClick={() => workbench.dismissError(tab.id)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="section-tabs" role="tablist" aria-label="Request sections">
        {sections.map((s) => (
          <button key={s.id} type="button" role="tab" aria-selected={shown === s.id} onClick={() => setSection(s.id)}>
            {s.label}
          </button>
        ))}
      </div>
      <div className="section-panel" role="tabpanel">
        {shown === 'builder' && draft.provider && builder === 'chain' ? (
          <ChainBuilderPanel
            draft={draft.provider}
            profileId={draft.profileId}
            onChange={(provider) =>
              edit({ ...draft, provider: { ...provider, params: { ...provider.params } } as RequestDraft['provider'] })
            }
          />
        ) : null}
        {shown === 'builder' && draft.provider && builder === 'sql' ? (
          <SqlBuilderPanel
            draft={draft.provider}
            onChange={(provider) =>
              edit({ ...draft, provider: { ...provider, params: { ...provider.params } } as RequestDraft['provider'] })
            }
          />
        ) : null}
        {shown === 'params' && isPlain ? (
          <KeyValueEditor
            label="Query parameter"
            namePlaceholder="name"
            rows={draft.query}
            onChange={(query) => edit({ ...draft, query })}
          />
        ) : null}
        {shown === 'params' && !isPlain ? (
          <ParamsEditor
            tabId={tab.id}
            endpoint={endpoint}
            params={draft.provider?.params ?? {}}
            rawText={tab.rawText}
            theme={theme}
            onChange={(params, rawText) =>
              edit(
                { ...draft, provider: { endpointId: null, ...draft.provider, params } as RequestDraft['provider'] },
                rawText,
              )
            }
          />
        ) : null}
        {shown === 'headers' ? (
          <KeyValueEditor
            label="Header"
            namePlaceholder="Header-Name"
            rows={draft.headers}
            onChange={(headers) => edit({ ...draft, headers })}
          />
        ) : null}
        {shown === 'body' ? (
          <BodyEditor tabId={tab.id} body={draft.body} theme={theme} onChange={(body) => edit({ ...draft, body })} />
        ) : null}
        {shown === 'auth' ? <AuthPreview draft={draft} /> : null}
        {shown === 'code' ? <CodePanel draft={draft} theme={theme} /> : null}
        {shown === 'docs' ? <DocsPanel endpoint={endpoint} /> : null}
      </div>
    </section>
  );
}
