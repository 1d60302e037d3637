/** The draft's wbTeamPro knobs (`draft.options`), with the profile's defaults and the reference's own. */
import type { ProfileContext, ProviderDraft } from '../types';
import { responseFormats, type ResponseFormat } from './chain/methods';
import { urlStyles, type UrlStyle } from './chain/model';

export const verbModes = ['verb', 'param'] as const;
/** verb: send the HTTP verb itself; param: POST with `method=get|put|post|delete` (the reference allows both). */
export type VerbMode = (typeof verbModes)[number];

export const paramsStyles = ['array', 'json'] as const;
/** array: `params[project_id]=100`; json: `params={"project_id":"100"}`. */
export type ParamsStyle = (typeof paramsStyles)[number];

export interface WbOptions {
  readonly urlStyle: UrlStyle;
  readonly verbMode: VerbMode;
  readonly paramsStyle: ParamsStyle;
  readonly format: ResponseFormat;
}

export const defaultWbOptions: WbOptions = { urlStyle: 'path', verbMode: 'verb', paramsStyle: 'json', format: 'json' };

function pick<T extends string>(allowed: readonly T[], ...candidates: unknown[]): T | undefined {
  return candidates.find(
    (value): value is T => typeof value === 'string' && (allowed as readonly string[]).includes(value),
  );
}

/** Draft options win, then the profile's fields (URL style, default format), then the defaults. */
export function resolveOptions(
  draft: Pick<ProviderDraft, 'options'>,
  profile?: Pick<ProfileContext, 'fields'>,
): WbOptions {
  const options = draft.options ?? {};
  const fields = profile?.fields ?? {};
  return {
    urlStyle: pick(urlStyles, options.urlStyle, fields.urlStyle) ?? defaultWbOptions.urlStyle,
    verbMode: pick(verbModes, options.verbMode) ?? defaultWbOptions.verbMode,
    paramsStyle: pick(paramsStyles, options.paramsStyle) ?? defaultWbOptions.paramsStyle,
    format: pick(responseFormats, options.format, fields.format) ?? defaultWbOptions.format,
  };
}
