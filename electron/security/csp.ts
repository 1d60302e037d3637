/**
 * The Content-Security-Policy of the renderer: no remote code, no eval, workers only from the app or
 * blob: (Monaco's). `connect-src 'self'` because the renderer never talks to the network itself:
 * every request goes through main.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
