import type { ConnectionCheck } from '../../../../shared/ipc/contract-sharing';
import { judgeServerInfo } from '../../../../shared/sync/sync-state';
import { checkSyncUrl } from '../../../../shared/sync/sync-url';
import { LIBRARY_DATABASE } from '../../../../shared/sync/database-names';
import { CouchFailure, createCouch } from './couch';

/**
 * "Test connection": one clear answer per cause the consultant can act on, checked in the
 * order a person would: the address, the server being there and being CouchDB 3, the user
 * name and password, then the permission to use the firm library.
 */
export async function checkConnection(serverUrl: string, username: string, password: string | null, timeoutMs = 10_000): Promise<ConnectionCheck> {
  const url = checkSyncUrl(serverUrl);
  if (!url.ok) return { kind: url.kind, message: url.message, server: null };
  const wrongPassword = 'The server did not accept this user name and password. Check them, or ask your administrator.';
  // With the credentials when there are some: a firm's server may require a login even for "/".
  const first = createCouch({ url: url.url, username: username && password ? username : '', password: password ?? '' }, { timeoutMs });
  let info: unknown;
  try {
    info = await first.request({});
  } catch (error) {
    if (error instanceof CouchFailure && error.kind === 'offline') return { kind: 'unreachable', message: `No server answered at ${url.url}. Check the address and your network; Cairn keeps working offline meanwhile.`, server: null };
    if (error instanceof CouchFailure && error.kind === 'unauthorized') {
      return username && password ? { kind: 'unauthorized', message: wrongPassword, server: null } : { kind: 'unauthorized', message: 'Enter your CouchDB user name and password.', server: null };
    }
    return { kind: 'not-couchdb', message: `The server at ${url.url} did not answer like CouchDB. Check the address.`, server: null };
  }
  const verdict = judgeServerInfo(info);
  if (verdict.kind === 'not-couchdb') return { kind: 'not-couchdb', message: `The server at ${url.url} is not a CouchDB server. Check the address.`, server: null };
  if (verdict.kind === 'too-old') return { kind: 'too-old', message: `${verdict.server} is too old: Cairn needs CouchDB 3 or newer. Ask your administrator to upgrade it.`, server: verdict.server };
  if (!username || !password) return { kind: 'unauthorized', message: 'Enter your CouchDB user name and password.', server: verdict.server };
  const couch = createCouch({ url: url.url, username, password }, { timeoutMs });
  try {
    const session = await couch.request<{ userCtx?: { name?: string | null } }>({ path: '_session' });
    if (!session.userCtx?.name) return { kind: 'unauthorized', message: wrongPassword, server: verdict.server };
  } catch (error) {
    if (error instanceof CouchFailure && error.kind === 'unauthorized') return { kind: 'unauthorized', message: wrongPassword, server: verdict.server };
    if (error instanceof CouchFailure && error.kind === 'offline') return { kind: 'unreachable', message: `The server at ${url.url} stopped answering. Try again in a moment.`, server: verdict.server };
    throw error;
  }
  try {
    await couch.request({ db: LIBRARY_DATABASE });
  } catch (error) {
    if (error instanceof CouchFailure && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
      return { kind: 'forbidden', message: `You are signed in as ${username}, but have no permission to use the firm library (${LIBRARY_DATABASE}). Ask your administrator to add you to the “cairn” role.`, server: verdict.server };
    }
    // Not there yet: the first share creates it.
    if (!(error instanceof CouchFailure && error.kind === 'not-found')) throw error;
  }
  return { kind: 'ok', message: `Connected to ${verdict.server} as ${username}.`, server: verdict.server };
}
