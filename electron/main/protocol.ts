import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { appResponseHeaders, resolveAppRequest } from './app-request';

/**
 * Must run before `app` is ready: `app:` behaves like https (standard, secure origin,
 * fetch) so the page gets a real origin instead of file://'s special powers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });

/** Serve the built renderer from `rendererRoot` on app://cairn/. */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const resolved = resolveAppRequest(request.url, rendererRoot);
    if (resolved.kind !== 'file') return notFound();
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(resolved.mimeType) });
    } catch {
      return notFound();
    }
  });
}
