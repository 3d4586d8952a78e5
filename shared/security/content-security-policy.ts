/**
 * The renderer's Content-Security-Policy. Sent as a header by the app:// protocol handler
 * and by the test bridge, and repeated in index.html. Nothing is loaded from the network:
 * scripts, styles and fonts come from the app itself; images may be data:/blob: (the logo).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data:",
  "worker-src 'self'",
  "manifest-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
