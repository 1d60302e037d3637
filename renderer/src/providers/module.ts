/**
 * A provider's renderer module: the views it adds to the generic workbench. Every piece is optional; the
 * workbench asks the registry (registry.ts) for them and never tests a provider's id.
 */
import type { ComponentType } from 'react';
import type { ProviderDraft } from '../../../shared/providers/types';
import type { SendOutcome } from '../../../shared/request/outcome';

export interface BuilderViewProps {
  readonly draft: ProviderDraft;
  readonly profileId: string | null;
  readonly onChange: (draft: ProviderDraft) => void;
}

/** A visual builder shown as the request editor's first section. */
export interface BuilderView {
  /** The section's tab label ("Chain builder"). */
  readonly label: string;
  /** Whether this draft is built with it (webCRM's SQL builder serves only /Queries). */
  appliesTo(draft: ProviderDraft | null): boolean;
  readonly Panel: ComponentType<BuilderViewProps>;
  /** The name a tab built with it is saved under the first time, when the draft suggests one. */
  saveName?(draft: ProviderDraft): string | null;
  /**
   * The draft as the builder shows it, where the builder fills in what the draft leaves open (a catalog
   * path's `{project_id}` shown as the example record): a tab opens with it, so what is shown is what is sent.
   */
  restate?(draft: ProviderDraft): ProviderDraft;
  /** Why this draft is not sent at all, beyond the catalog's checks (Send anyway does not skip it), or null. */
  refuseBeforeSend?(draft: ProviderDraft): Promise<string | null>;
}

export interface ResponseViewProps {
  readonly outcome: SendOutcome;
  readonly onFollowPage: (params: Readonly<Record<string, unknown>>) => void;
}

/** The provider's own reading of a response, beside the generic inspector. */
export interface ResponseView {
  appliesTo(draft: ProviderDraft | null): boolean;
  /** 'above': shown above the inspector; 'tab': a "label" tab next to the raw response, selected first. */
  readonly placement: 'above' | 'tab';
  readonly label: string;
  readonly View: ComponentType<ResponseViewProps>;
  /**
   * The view shows the provider's summary and paging itself: placed above, the inspector then leaves its own
   * out and the status line moves above the view, so the response reads once, top down.
   */
  readonly ownsSummary?: boolean;
}

/** A status-bar item about the active profile (webCRM: the access token's remaining life). */
export interface StatusItemProps {
  readonly profileId: string;
}

export interface RendererProviderModule {
  readonly builder?: BuilderView;
  readonly responseView?: ResponseView;
  readonly StatusItem?: ComponentType<StatusItemProps>;
}
