import { focusRequestUrl, focusResponse } from '../features/workbench/focus-targets';

/**
 * The first stops of the Tab order, shown only when focused: straight to the request's URL or the response
 * instead of through the sidebar's catalog (the same places Ctrl+L and Ctrl+Shift+E reach).
 */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <button type="button" className="skip-link" onClick={() => focusRequestUrl()}>
        Skip to the request (Ctrl+L)
      </button>
      <button type="button" className="skip-link" onClick={() => focusResponse()}>
        Skip to the response (Ctrl+Shift+E)
      </button>
    </nav>
  );
}
