/**
 * Where keyboard focus goes for the workbench's next action: the request's URL (or Path) field and the
 * response. Looked up in the document each time, so no component has to hand refs around.
 */

export const responseAreaId = 'response-area';
const urlSelector = '[data-focus-target="request-url"]';

/** True when focus is nowhere in particular: on BODY, or on an element that has left the document. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

export function focusRequestUrl(): boolean {
  const field = document.querySelector<HTMLInputElement>(urlSelector);
  if (!field) return false;
  field.focus();
  field.select();
  return true;
}

/** The response's selected view tab when it has one (arrow keys then reach the others), else the area. */
export function focusResponse(): boolean {
  const area = document.getElementById(responseAreaId);
  if (!area) return false;
  const tab = area.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  (tab ?? area).focus();
  return true;
}
