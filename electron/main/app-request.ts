import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** File types the renderer bundle contains. Anything else is not served. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestResolution = { kind: 'file'; filePath: string; mimeType: string } | { kind: 'not-found'; reason: string };

const notFound = (reason: string): AppRequestResolution => ({ kind: 'not-found', reason });

/**
 * Map an `app://cairn/…` request to a file inside `rendererRoot` (the built renderer).
 * Everything that could escape the folder or confuse the path — `..` in any spelling,
 * backslashes, NUL, drive letters, another host — resolves to not-found. The caller
 * still has to read the file (a missing file is a 404 too).
 */
export function resolveAppRequest(rawUrl: string, rendererRoot: string): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return notFound('not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return notFound('not the app origin');
  }
  // Look at the path as it arrived (still percent-encoded), segment by segment, before
  // anything normalises it: `%2e%2e`, `%2f` and `%5c` are refused, not interpreted.
  const rawSegments = url.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return notFound('malformed percent-encoding');
    }
    if (segment === '.' || segment === '..') return notFound('dot segment');
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[/\\:\u0000-\u001f\u007f]/.test(segment)) return notFound('forbidden character in path');
    if (segment !== '') segments.push(segment);
  }
  if (rawUrl.includes('\\')) return notFound('backslash in URL');

  const last = segments.at(-1);
  // The app is a single page: the root and extension-less paths (client-side routes) get index.html.
  const relative = last === undefined || path.extname(last) === '' ? ['index.html'] : segments;
  const extension = path.extname(relative.at(-1) ?? '').toLowerCase();
  const mimeType = MIME_TYPES[extension];
  if (mimeType === undefined) return notFound(`type ${extension} is not served`);

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, ...relative);
  // Belt and braces: whatever happened above, never serve outside the renderer folder.
  if (!filePath.startsWith(root + path.sep)) return notFound('outside the renderer folder');
  return { kind: 'file', filePath, mimeType };
}

/** Headers on every app:// response: the CSP travels with the document, and no sniffing. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    // A new version of the app ships new files; never serve yesterday's bundle.
    'Cache-Control': 'no-store',
  };
}
