/**
 * Whether a sync server address may be used. Credentials travel with every request, so
 * the address must be HTTPS, except on this computer's loopback (a local test server).
 * User names and passwords never belong in the address: they are asked for separately.
 */
export type SyncUrlCheck = { ok: true; url: string } | { ok: false; kind: 'invalid-url' | 'insecure'; message: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export function checkSyncUrl(input: string): SyncUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, kind: 'invalid-url', message: 'Enter the address of your firm’s CouchDB server, for example https://couch.example.com.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, kind: 'invalid-url', message: `“${text}” is not a web address; it should look like https://couch.example.com.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, kind: 'invalid-url', message: 'The server address must start with https://.' };
  if (url.username || url.password) return { ok: false, kind: 'invalid-url', message: 'Leave the user name and password out of the address; enter them in their own fields.' };
  if (/[?#]/.test(text)) return { ok: false, kind: 'invalid-url', message: 'The server address cannot contain “?” or “#”.' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, kind: 'insecure', message: 'The server must use HTTPS (https://…) so your password and client data are encrypted on the way; plain http is only allowed on this computer (localhost).' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}
