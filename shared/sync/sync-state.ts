import type { SyncState } from '../ipc/contract-sharing';

/** Worst first: the overall state is the first of these any client or the library is in. */
const SEVERITY: readonly SyncState[] = ['conflict', 'no-access', 'error', 'offline', 'syncing', 'synced', 'off'];

/** The overall state the consultant sees: the most pressing one among clients and library. */
export function rollUpSyncState(states: readonly SyncState[]): SyncState {
  if (states.length === 0) return 'off';
  let worst = SEVERITY.length - 1;
  for (const state of states) worst = Math.min(worst, SEVERITY.indexOf(state));
  return SEVERITY[worst] ?? 'off';
}

/** The oldest of the last successful syncs: what "everything synced at" can honestly claim. */
export function oldestSyncTime(times: ReadonlyArray<string | null>): string | null {
  if (times.length === 0 || times.some((time) => time === null)) return null;
  return [...(times as string[])].sort()[0] ?? null;
}

/** The server's answer to GET /: which server it is and whether Cairn can sync with it. */
export type ServerVerdict = { kind: 'ok'; server: string } | { kind: 'too-old'; server: string } | { kind: 'not-couchdb'; server: null };

export function judgeServerInfo(info: unknown): ServerVerdict {
  if (typeof info !== 'object' || info === null) return { kind: 'not-couchdb', server: null };
  const record = info as Record<string, unknown>;
  const version = typeof record.version === 'string' ? record.version : '';
  if (record.couchdb === 'Welcome') {
    const major = Number(version.split('.')[0]);
    const server = `CouchDB ${version || '(unknown version)'}`;
    return Number.isFinite(major) && major >= 3 ? { kind: 'ok', server } : { kind: 'too-old', server };
  }
  // pouchdb-server speaks the same replication protocol (the local test server).
  if (typeof record['express-pouchdb'] === 'string') return { kind: 'ok', server: `PouchDB Server ${version}`.trim() };
  return { kind: 'not-couchdb', server: null };
}
