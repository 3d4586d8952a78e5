import type { Client } from '../../../../shared/domain/client';
import { parseClientDocument, serializeClientDocument } from '../../../../shared/file-format/client-document-format';
import { sameJson } from '../../../../shared/file-format/import-merge';
import { FIRM_ROLE, LIBRARY_DATABASE } from '../../../../shared/sync/database-names';
import { applySyncMerge, planSyncMerge } from '../../../../shared/sync/sync-merge';
import { dataLayout } from '../data-layout';
import { currentRevision, revisionOf } from '../document-revision';
import type { FsPort } from '../fs-port';
import type { Workspace } from '../workspace';
import { CouchFailure, type Couch } from './couch';
import { CLIENT_DOC_ID, META_DOC_ID, SHARE_DOC_PREFIX, clientDoc, readRemoteClient, type ShareRecord } from './remote-documents';
import type { ClientReplicationState, SyncStore } from './sync-store';

/** `_changes` rows per request: a big database is pulled in batches, with progress between. */
export const CHANGES_BATCH = 100;

export interface ReplicationContext {
  couch: Couch;
  workspace: Pick<Workspace, 'save' | 'keepAsSnapshot'>;
  store: SyncStore;
  fs: FsPort;
  dataDir: string;
  clock: () => Date;
  /** The consultant's name for `sharedBy` ("Anna Berg"), their CouchDB user otherwise. */
  displayName: string;
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** What one client's sync did, for the status and `cairn sync --once`. */
export type ClientOutcome =
  | { kind: 'synced'; moved: 'pushed' | 'pulled' | 'merged' | 'created' | null }
  | { kind: 'conflict'; items: number }
  | { kind: 'stopped'; message: string }
  | { kind: 'failed'; state: 'no-access' | 'error'; message: string };

interface Local {
  revision: string;
  /** Parsed on first use: a pass over clients that did not change only hashes their bytes. */
  readonly client: Client;
}

async function readLocal(ctx: ReplicationContext, clientId: string): Promise<Local | null> {
  const current = await currentRevision(ctx.fs, dataLayout(ctx.dataDir).clientFile(clientId));
  if (!current) return null;
  let client: Client | null = null;
  return {
    revision: current.revision,
    get client(): Client {
      if (client) return client;
      const parsed = parseClientDocument(current.bytes.toString('utf8'));
      if (!parsed.ok) throw new CouchFailure('server', `This computer’s document of the client cannot be read (${parsed.reason}); reopen Cairn to have it set aside.`);
      return (client = parsed.document.client);
    },
  };
}

/** Save what the sync decided, through the workspace's revision-checked save; returns the new revision. */
async function writeLocal(ctx: ReplicationContext, client: Client, baseRevision: string | null): Promise<string> {
  await ctx.workspace.save(client, { baseRevision, snapshotFirst: true, forOtherWriter: true });
  return revisionOf(serializeClientDocument(client));
}

async function push(ctx: ReplicationContext, db: string, client: Client, rev: string | null): Promise<string> {
  const text = serializeClientDocument(client);
  const answer = await ctx.couch.request<{ rev: string }>({ method: 'put', db, doc: CLIENT_DOC_ID, body: clientDoc(client, ctx.couch.username, ctx.clock().toISOString(), rev, text) });
  return answer.rev;
}

/** Create the client's database with CouchDB's own per-database security, and announce it in the library. */
async function provision(ctx: ReplicationContext, entry: ClientReplicationState, local: Local): Promise<void> {
  const { couch } = ctx;
  const exists = await couch.request({ db: entry.db }).then(
    () => true,
    (error: unknown) => (error instanceof CouchFailure && error.kind === 'not-found' ? false : Promise.reject(error)),
  );
  if (!exists) {
    await couch.request({ method: 'put', db: entry.db }).catch((error: unknown) => {
      if (error instanceof CouchFailure && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
        throw new CouchFailure('forbidden', `Your CouchDB account may not create databases, so ${local.client.name} cannot be shared yet. Ask your CouchDB administrator to create the database “${entry.db}” (see docs/sync.md).`);
      }
      if (!(error instanceof CouchFailure && error.kind === 'conflict')) throw error;
    });
    await couch.request({ method: 'put', db: entry.db, path: '_security', body: { admins: { names: [couch.username], roles: [] }, members: { names: [couch.username], roles: [FIRM_ROLE] } } });
  }
  const record: ShareRecord = { type: 'cairn-share', clientId: local.client.id, clientName: local.client.name, db: entry.db, sharedBy: ctx.displayName, sharedByUser: couch.username, sharedAt: ctx.clock().toISOString() };
  await putIfAbsent(couch, entry.db, META_DOC_ID, record);
  await putIfAbsent(couch, LIBRARY_DATABASE, `${SHARE_DOC_PREFIX}${local.client.id}`, record);
}

async function putIfAbsent(couch: Couch, db: string, doc: string, body: object): Promise<void> {
  await couch.request({ method: 'put', db, doc, body: { _id: doc, ...body } }).catch((error: unknown) => {
    if (!(error instanceof CouchFailure && error.kind === 'conflict')) throw error;
  });
}

/** Read `_changes` since the checkpoint, in batches: the newest client document if it changed. */
async function pull(ctx: ReplicationContext, entry: ClientReplicationState): Promise<{ changed: boolean; doc: unknown; seq: string | null }> {
  let since: string | number = entry.lastSeq ?? 0;
  let changed = false;
  let doc: unknown = null;
  let done = 0;
  for (;;) {
    const page = await ctx.couch.request<{ results: Array<{ id: string; deleted?: boolean; doc?: unknown }>; last_seq: string | number; pending?: number }>({
      db: entry.db,
      path: '_changes',
      qs: { since, include_docs: true, conflicts: true, limit: CHANGES_BATCH },
    });
    for (const row of page.results) {
      if (row.id !== CLIENT_DOC_ID) continue;
      // Our own last push coming back is no change.
      if (!row.deleted && (row.doc as { _rev?: string } | undefined)?._rev === entry.remoteRev) continue;
      changed = true;
      doc = row.deleted ? null : (row.doc ?? null);
    }
    done += page.results.length;
    since = page.last_seq;
    if (entry.lastSeq === null && page.pending !== undefined) ctx.onProgress?.({ done, total: done + page.pending });
    if (page.results.length < CHANGES_BATCH || page.pending === 0) break;
  }
  return { changed, doc, seq: String(since) };
}

/**
 * One sync of one shared client: pull what changed on the server since the checkpoint,
 * compare with this computer's document, then push, apply or merge. Every local write goes
 * through the workspace's atomic, revision-checked save with a snapshot first; a server
 * copy that loses a decision is kept as a snapshot too. A conflict stops this client until
 * the consultant decides (previewSyncConflict / resolveSyncConflict).
 */
export async function syncClient(ctx: ReplicationContext, clientId: string, entry: ClientReplicationState): Promise<{ outcome: ClientOutcome; entry: ClientReplicationState | null }> {
  const next: ClientReplicationState = { ...entry };
  if (await ctx.store.readConflict(clientId)) return { outcome: { kind: 'conflict', items: 0 }, entry: next };
  const local = await readLocal(ctx, clientId);
  if (!local && entry.localRevision !== null) {
    return { outcome: { kind: 'stopped', message: 'This client was deleted on this computer, so it is no longer synced here; the firm’s copy stays on the server.' }, entry: null };
  }
  if (entry.sharedBy === null && !entry.provisioned) {
    if (!local) return { outcome: { kind: 'failed', state: 'error', message: 'This client is not in the data folder.' }, entry: next };
    await provision(ctx, entry, local);
    next.provisioned = true;
  }
  let remote: Awaited<ReturnType<typeof pull>>;
  try {
    remote = await pull(ctx, next);
  } catch (error) {
    if (!(error instanceof CouchFailure && error.kind === 'not-found')) throw error;
    if (entry.sharedBy !== null || !local) {
      return { outcome: { kind: 'failed', state: 'error', message: 'The firm’s copy of this client is no longer on the server (its database was removed). Your copy here is kept; ask the person who shared it to share it again.' }, entry: next };
    }
    // A server restored empty or a database removed: share it again from this computer's copy.
    Object.assign(next, { provisioned: true, remoteRev: null, lastSeq: null });
    await provision(ctx, next, local);
    remote = await pull(ctx, next);
  }
  const now = ctx.clock().toISOString();
  if (remote.changed && remote.doc !== null) remote.doc = await foldServerConflicts(ctx, clientId, next.db, remote.doc, now);
  const localChanged = (local?.revision ?? null) !== entry.localRevision;
  let moved: ClientOutcome & { kind: 'synced' } = { kind: 'synced', moved: null };

  if (!remote.changed || remote.doc === null) {
    // Only this computer changed (or nothing did).
    if (local && (localChanged || next.remoteRev === null)) {
      try {
        next.remoteRev = await push(ctx, next.db, local.client, next.remoteRev);
        next.name = local.client.name;
        moved = { kind: 'synced', moved: entry.remoteRev === null ? 'created' : 'pushed' };
        await ctx.store.writeBase(local.client);
      } catch (error) {
        if (!(error instanceof CouchFailure && error.kind === 'conflict')) throw error;
        // Someone pushed in between: read the server's copy and merge it below.
        const fresh = await pull(ctx, next);
        return mergeBoth(ctx, clientId, next, local, fresh.doc, fresh.seq, now);
      }
    }
    next.localRevision = local?.revision ?? null;
    next.lastSeq = remote.seq;
    next.lastSyncedAt = now;
    return { outcome: moved, entry: next };
  }

  if (!local || !localChanged) {
    // Only the server changed: take its copy.
    const theirs = readRemoteClient(remote.doc, clientId);
    if (!theirs.ok) return { outcome: { kind: 'failed', state: 'error', message: theirs.reason }, entry: next };
    next.localRevision = sameJson(theirs.client, local?.client) ? local!.revision : await writeLocal(ctx, theirs.client, local?.revision ?? null);
    next.remoteRev = (remote.doc as { _rev: string })._rev;
    next.name = theirs.client.name;
    next.lastSeq = remote.seq;
    next.lastSyncedAt = now;
    await ctx.store.writeBase(theirs.client);
    return { outcome: { kind: 'synced', moved: 'pulled' }, entry: next };
  }
  return mergeBoth(ctx, clientId, next, local, remote.doc, remote.seq, now);
}

/**
 * CouchDB keeps every conflicting revision (two servers replicating, an old replica coming
 * back). Each losing revision is folded into the winning one with the same merge: its
 * one-sided changes are taken, and on items both changed the winner stays while the loser
 * is kept whole as a snapshot here. Then the losing revisions are closed on the server.
 */
async function foldServerConflicts(ctx: ReplicationContext, clientId: string, db: string, doc: unknown, now: string): Promise<unknown> {
  const losers = (doc as { _conflicts?: string[] })._conflicts ?? [];
  const winner = readRemoteClient(doc, clientId);
  if (losers.length === 0 || !winner.ok) return doc;
  const base = await ctx.store.readBase(clientId);
  let merged = winner.client;
  for (const rev of losers) {
    const loser = readRemoteClient(await ctx.couch.request({ db, doc: CLIENT_DOC_ID, qs: { rev } }), clientId);
    if (!loser.ok) continue;
    await ctx.workspace.keepAsSnapshot(loser.client);
    merged = applySyncMerge(base, merged, loser.client, {}, now);
  }
  const winnerRev = (doc as { _rev: string })._rev;
  const rev = sameJson(merged, winner.client) ? winnerRev : await push(ctx, db, merged, winnerRev);
  await ctx.couch.request({ method: 'post', db, path: '_bulk_docs', body: { docs: losers.map((loserRev) => ({ _id: CLIENT_DOC_ID, _rev: loserRev, _deleted: true })) } });
  return { ...clientDoc(merged, ctx.couch.username, now, rev, serializeClientDocument(merged)), _rev: rev };
}

/** Both sides changed since the last sync: Cairn's merge, or a conflict for the consultant. */
async function mergeBoth(ctx: ReplicationContext, clientId: string, next: ClientReplicationState, local: Local, doc: unknown, seq: string | null, now: string) {
  const theirs = readRemoteClient(doc, clientId);
  if (!theirs.ok) return { outcome: { kind: 'failed', state: 'error', message: theirs.reason } as ClientOutcome, entry: next };
  const remoteRev = (doc as { _rev: string })._rev;
  const base = await ctx.store.readBase(clientId);
  const { conflicts } = planSyncMerge(base, local.client, theirs.client);
  next.lastSeq = seq;
  next.name = local.client.name;
  if (conflicts.length > 0) {
    // The server's copy is kept in a snapshot and waits, untouched, for the decision.
    await ctx.workspace.keepAsSnapshot(theirs.client);
    await ctx.store.writeConflict(clientId, { remoteRev, theirs: theirs.client, detectedAt: now });
    return { outcome: { kind: 'conflict', items: conflicts.length } as ClientOutcome, entry: next };
  }
  const merged = applySyncMerge(base, local.client, theirs.client, {}, now);
  if (!sameJson(merged, theirs.client)) await ctx.workspace.keepAsSnapshot(theirs.client);
  next.localRevision = sameJson(merged, local.client) ? local.revision : await writeLocal(ctx, merged, local.revision);
  next.remoteRev = sameJson(merged, theirs.client) ? remoteRev : await push(ctx, next.db, merged, remoteRev);
  next.lastSyncedAt = now;
  next.name = merged.name;
  await ctx.store.writeBase(merged);
  return { outcome: { kind: 'synced', moved: 'merged' } as ClientOutcome, entry: next };
}
