/**
 * The Content-Security-Policy of every page: scripts, styles and data only from the site itself, never inline
 * and never remote. The build moves Next's inline bootstrap scripts into files (see externalize-scripts.ts) so the
 * policy needs no hashes, and the same string works as a `<meta>` tag and as a server header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
