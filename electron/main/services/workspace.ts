import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Client, ClientSummary } from '../../../shared/domain/client';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import { benchmarkAgainstPeers, type Benchmark } from '../../../shared/scoring/benchmark';
import { summaryAndPeers, type SummaryIndexEntry } from '../../../shared/workspace/summary-index';
import type { SaveReceipt, SnapshotInfo, WorkspaceProblem } from '../../../shared/ipc/contract';
import type { SyncIssue } from '../../../shared/ipc/contract-sync';
import { parseClientDocument, serializeClientDocument } from '../../../shared/file-format/client-document-format';
import type { Migration } from '../../../shared/file-format/migrations';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { SNAPSHOT_INTERVAL_MS } from '../../../shared/workspace/snapshot-retention';
import { OperationError } from '../ipc/operation-error';
import { sweepTempFiles, writeFileAtomic } from './atomic-write';
import { createKeyedQueue } from './client-lock';
import { scanClients } from './client-scan';
import { dataLayout } from './data-layout';
import { conflictError, createRevisionTracker, currentRevision, fingerprintOf, sameFingerprint } from './document-revision';
import { hasErrorCode, listFolder, nodeFsPort, type FsPort } from './fs-port';
import { sweepPurged } from './purged-sweep';
import { createQuarantine, entryProblem, type StoredProblem } from './quarantine';
import { createSnapshotStore } from './snapshot-store';
import { createSyncedFolder } from './synced-folder';
import { createSummaryIndexFile, SUMMARY_INDEX_DEBOUNCE_MS } from './summary-index-file';

export interface WorkspaceDeps {
  dataDir: string;
  fs?: FsPort;
  clock?: () => Date;
  newId?: () => string;
  /** Defaults to the real migration list; tests pass synthetic ones. */
  migrations?: readonly Migration[];
  /** Minutes east of UTC; defaults to the machine's zone at the time of the call. */
  utcOffsetMinutes?: () => number;
  /**
   * Open without writing anything: no folders made, nothing swept, migrated or
   * quarantined (problems are reported with the file left in place), and every write
   * refused. For read-only commands and read-only folders.
   */
  readOnly?: boolean;
  /** False once the writer lock was lost: writes are refused from then on. */
  lockHeld?: () => boolean;
}

export interface SaveOptions {
  /**
   * The revision the edit started from: null for a client not on disk yet. Defaults to
   * the revision this service last read or wrote. A different revision on disk refuses the save.
   */
  baseRevision?: string | null;
  /** Snapshot the document on disk first whatever the interval (it is being replaced by a merge or a restore). */
  snapshotFirst?: boolean;
  /**
   * Written on behalf of another writer (sync): the revision a later default save starts
   * from stays the one this service had, so an editor still holding the older version is
   * refused (and offered the merge) until it re-reads the client, instead of overwriting.
   */
  forOtherWriter?: boolean;
}

export interface OpenedWorkspace {
  /** Every readable client, as the list shows it; a document is read when its client is opened (`read`). */
  summaries: ClientSummary[];
  problems: WorkspaceProblem[];
  /** Conflict copies and unreadable cloud placeholders in `clients/` (see synced-folder.ts); absent when there are none. */
  syncIssues?: SyncIssue[];
}

export type Workspace = ReturnType<typeof createWorkspace>;

/**
 * All client documents of one data folder. A save rewrites exactly one
 * `clients/<id>.json`; what the service knows about the other clients is kept in memory,
 * so the cost of a save does not depend on how many clients there are. Opening reads the
 * summaries index and `lstat`s each document: only documents changed since their entry
 * was made (or with no entry) are read, so opening costs the same for 1 or 100 clients.
 */
export function createWorkspace(deps: WorkspaceDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const clock = deps.clock ?? (() => new Date());
  const layout = dataLayout(deps.dataDir);
  const utcOffsetMinutes = deps.utcOffsetMinutes ?? (() => -clock().getTimezoneOffset());
  const snapshots = createSnapshotStore({ fs, layout, clock, migrations: deps.migrations, utcOffsetMinutes });
  const readOnly = deps.readOnly === true;
  const newId = deps.newId ?? randomUUID;
  const quarantine = createQuarantine({ fs, layout, clock, readOnly });
  const synced = createSyncedFolder({ fs, layout, clock, newId });
  const queue = createKeyedQueue();
  /** The revision of each document as this service last read or wrote it (null: none on disk). */
  const revisions = createRevisionTracker(fs);
  let opened = false;
  const refuseIfReadOnly = (): void => {
    if (readOnly) throw new OperationError('read-only', 'This data folder is open read-only, so nothing can be changed in it.');
    if (deps.lockHeld && !deps.lockHeld()) throw new OperationError('locked', 'Another Cairn process took over this data folder, so this window no longer writes to it. Your changes are kept here; close this window and reopen Cairn.');
  };
  /** Summaries (and peer-benchmark figures) of the clients whose documents are on disk. */
  const index = new Map<string, Pick<SummaryIndexEntry, 'summary' | 'peers'>>();
  const indexFile = createSummaryIndexFile(fs, layout);
  let indexTimer: ReturnType<typeof setTimeout> | null = null;
  let indexWrite: Promise<void> = Promise.resolve();
  /** The entries as they stand, for the clients whose revision and fingerprint are known. */
  const indexEntries = (): Record<string, SummaryIndexEntry> => {
    const entries: Record<string, SummaryIndexEntry> = {};
    for (const [id, { summary, peers }] of index) {
      const fingerprint = revisions.fingerprint(id);
      const revision = revisions.known(id);
      if (fingerprint && revision) entries[id] = { fingerprint, revision, summary, peers };
    }
    return entries;
  };
  /** Write the index now (after any write in flight). A failure only costs the next open some reading. */
  const flushIndex = (): Promise<void> => {
    if (indexTimer !== null) clearTimeout(indexTimer);
    indexTimer = null;
    if (readOnly || (deps.lockHeld && !deps.lockHeld())) return indexWrite;
    indexWrite = indexWrite.then(() => indexFile.write(indexEntries())).catch(() => undefined);
    return indexWrite;
  };
  const indexChanged = (): void => {
    // A one-shot service that never opened the folder knows too little to write an index.
    if (readOnly || !opened || indexTimer !== null) return;
    indexTimer = setTimeout(() => void flushIndex(), SUMMARY_INDEX_DEBOUNCE_MS);
    indexTimer.unref?.();
  };
  const summarize = (client: Client, changed = true): void => {
    index.set(client.id, summaryAndPeers(client));
    if (changed) indexChanged();
  };
  /** Problems found in this session whose file could not even be moved aside. */
  let unmovable: StoredProblem[] = [];
  /** Folders are created once per service, not on every save. */
  let layoutReady: Promise<void> | null = null;
  const ensureLayout = (): Promise<void> =>
    (layoutReady ??= (async () => {
      for (const folder of [layout.clients, layout.snapshots, layout.quarantine, layout.purged, layout.backups, layout.branding]) {
        await fs.mkdir(folder, { recursive: true });
      }
    })().catch((error: unknown) => {
      layoutReady = null;
      throw error;
    }));

  async function describe(problem: StoredProblem): Promise<WorkspaceProblem> {
    const latestSnapshot = await snapshots.newestGood(problem.clientId);
    return { ...problem, clientName: latestSnapshot?.clientName ?? null, latestSnapshot };
  }

  async function problems(): Promise<WorkspaceProblem[]> {
    return Promise.all([...quarantine.all(), ...unmovable].map(describe));
  }

  /** Migrated documents keep their original bytes in backups/, once per version. */
  async function backUpBeforeMigration(clientId: string, fromVersion: number, bytes: Buffer, existing: Set<string>): Promise<void> {
    const prefix = `${clientId}.v${fromVersion}.`;
    if ([...existing].some((name) => name.startsWith(prefix))) return;
    await fs.mkdir(layout.backups, { recursive: true });
    await writeFileAtomic(fs, join(layout.backups, `${prefix}${compactTimestamp(clock())}.json`), bytes);
  }

  async function writeDocument(client: Client, text: string = serializeClientDocument(client)): Promise<void> {
    await writeFileAtomic(fs, layout.clientFile(client.id), text);
    await revisions.written(client.id, layout.clientFile(client.id), text);
    summarize(client);
  }

  const parsesAsDocument = (bytes: Buffer): Client | null => {
    const parsed = parseClientDocument(bytes.toString('utf8'), deps.migrations ? { migrations: deps.migrations } : {});
    return parsed.ok ? parsed.document.client : null;
  };

  /** Take a snapshot of what is on disk before it is replaced by something else (restores). */
  async function snapshotCurrent(clientId: string, replacement: Client): Promise<void> {
    const current = await currentRevision(fs, layout.clientFile(clientId));
    if (!current) return;
    const onDisk = parsesAsDocument(current.bytes);
    if (onDisk && JSON.stringify(onDisk) === JSON.stringify(replacement)) return;
    if (onDisk) {
      await snapshots.take(clientId, current.bytes);
      return;
    }
    // Damaged bytes cannot be a snapshot; they are kept in quarantine rather than overwritten.
    const kept = await quarantine.add(`${clientId}.json`, clientId, 'It could not be read and was replaced by a restored snapshot.');
    if (kept.quarantinedAs.startsWith('clients/')) throw new OperationError('io', `The unreadable document of this client could not be set aside in quarantine/, so the snapshot was not restored over it.`);
    await quarantine.remove(kept.id);
  }

  async function openOnce(): Promise<OpenedWorkspace> {
    await queue.idle();
    if (!readOnly) {
      layoutReady = null;
      await ensureLayout();
      const folders = [layout.clients, layout.quarantine, layout.backups, layout.branding, dirname(layout.summaryIndexFile)];
      await Promise.all(folders.map((f) => sweepTempFiles(fs, f).catch(() => [])));
      await sweepPurged(fs, layout.purged, clock()).catch(() => []);
    }
    const snapshotProblems = await snapshots.reset(!readOnly);
    await quarantine.load();
    index.clear();
    revisions.clear();
    const indexed = await indexFile.load();
    let readAny = false;
    unmovable = snapshotProblems.map((problem) => entryProblem(problem.entry, problem.reason, clock(), problem.clientId));
    const backups = new Set(readOnly ? [] : await listFolder(fs, layout.backups).catch(() => []));
    for (const entry of await scanClients(fs, layout, deps.migrations, synced, indexed)) {
      if (entry.kind === 'indexed') {
        revisions.remember(entry.clientId, entry.entry.revision, entry.entry.fingerprint);
        index.set(entry.clientId, { summary: entry.entry.summary, peers: entry.entry.peers });
        continue;
      }
      readAny = true;
      if (entry.kind === 'unreadable-entry') {
        unmovable.push(entryProblem(`clients/${entry.fileName}`, entry.reason, clock(), entry.clientId));
        continue;
      }
      if (entry.kind === 'unreadable-content') {
        const problem = await quarantine.add(entry.fileName, entry.clientId, entry.reason);
        if (problem.quarantinedAs.startsWith('clients/')) unmovable.push(problem);
        continue;
      }
      if (entry.migratedFrom !== null && !readOnly) await backUpBeforeMigration(entry.client.id, entry.migratedFrom, entry.bytes, backups);
      revisions.remember(entry.client.id, entry.revision, entry.fingerprint);
      index.set(entry.client.id, summaryAndPeers(entry.client));
    }
    opened = true;
    // Entries read again, or left by documents no longer here: the index is written shortly
    // (a command that only looks and exits, or refuses, leaves the folder as it was).
    if (readAny || Object.keys(indexed).length !== index.size) indexChanged();
    const syncIssues = synced.issues((id) => index.get(id)?.summary.name ?? null);
    return { summaries: [...index.values()].map((entry) => entry.summary), problems: await problems(), ...(syncIssues.length > 0 ? { syncIssues } : {}) };
  }

  async function readOne(clientId: string): Promise<Client> {
      return queue.run(clientId, async () => {
        const path = layout.clientFile(clientId);
        const fingerprint = await fingerprintOf(fs, path).catch(() => null);
        const current = await currentRevision(fs, path);
        if (!current) throw new OperationError('not-found', 'That client is no longer in the data folder.');
        const parsed = parseClientDocument(current.bytes.toString('utf8'), deps.migrations ? { migrations: deps.migrations } : {});
        if (!parsed.ok || parsed.document.client.id !== clientId) throw new OperationError('io', 'The document of that client on disk could not be read; reopen the data folder to have it quarantined and reported.');
        const client = parsed.document.client;
        // Reading the document the index already describes changes nothing in it.
        const seen = revisions.fingerprint(clientId);
        const unchanged = revisions.known(clientId) === current.revision && index.has(clientId) && seen !== null && fingerprint !== null && sameFingerprint(seen, fingerprint);
        revisions.remember(clientId, current.revision, fingerprint);
        summarize(client, !unchanged);
        return client;
      });
    }

  let opening: Promise<OpenedWorkspace> | null = null;

  return {
    /**
     * List every client: from the summaries index for documents unchanged since their
     * entry was made, by reading the others. Unreadable ones are quarantined and reported,
     * never reset; leftovers of crashes (temp files) and expired purges are swept first.
     */
    open(): Promise<OpenedWorkspace> {
      // Two opens at once would both try to quarantine the same unreadable file; share one.
      opening ??= openOnce().finally(() => {
        opening = null;
      });
      return opening;
    },

    /**
     * Read one client's document as it is on disk now (opening a client, or after another
     * process such as sync changed it). Its revision becomes the base of the next save; an
     * older document is migrated in memory only.
     */
    read: readOne,

    /** Every listed client's document, read one at a time (one-shot tools, backups, tests). */
    async readAll(): Promise<Client[]> {
      const clients: Client[] = [];
      for (const id of [...index.keys()]) clients.push(await readOne(id));
      return clients;
    },

    /** Summaries of the clients on disk, without reading anything. */
    summaries: (): ClientSummary[] => [...index.values()].map((entry) => entry.summary),

    /**
     * The client beside the median of the other clients (not in the trash) on a framework,
     * from the summaries: no other document is read, and only numbers come back.
     */
    peerBenchmark(clientId: string, framework: Framework): Benchmark | null {
      const clients = [...index.values()].filter(({ summary }) => summary.deletedAt === null).map(({ summary, peers }) => ({ clientId: summary.id, assessments: peers }));
      return benchmarkAgainstPeers({ clientId, framework, clients });
    },

    /** Write the summaries index now instead of after its debounce (tests, quitting). */
    flushIndex,

    problems,

    /**
     * Write one client's document atomically. If its newest snapshot is older than the
     * interval, the previous document is snapshotted first. On any fs error the previous
     * document is left intact and the error propagates, so the caller can retry.
     */
    async save(client: Client, options: SaveOptions = {}): Promise<SaveReceipt> {
      refuseIfReadOnly();
      return queue.run(client.id, async () => {
        await ensureLayout();
        const now = clock();
        const text = serializeClientDocument(client);
        const onDisk = await revisions.current(client.id, layout.clientFile(client.id));
        // A service that never opened the folder (a one-shot tool) has no base to compare with.
        if (options.baseRevision !== undefined || opened) {
          const base = options.baseRevision !== undefined ? options.baseRevision : (revisions.known(client.id) ?? null);
          // Untouched since this service saw it: the check is one lstat when the base is its own.
          const current = onDisk.unchanged ? (revisions.known(client.id) ?? null) : onDisk.revision;
          const fine = (onDisk.unchanged && options.baseRevision === undefined) || current === base;
          if (!fine) throw conflictError(client);
        }
        const newest = await snapshots.newestTakenAt(client.id);
        const snapshotDue = options.snapshotFirst === true || newest === null || Math.abs(now.getTime() - newest.getTime()) >= SNAPSHOT_INTERVAL_MS;
        if (snapshotDue) {
          const previous = (onDisk.unchanged ? null : onDisk.bytes) ?? (await currentRevision(fs, layout.clientFile(client.id)))?.bytes ?? null;
          await snapshots.take(client.id, previous && parsesAsDocument(previous) ? previous : text);
        }
        const seenBefore = revisions.peek(client.id);
        await writeDocument(client, text);
        if (options.forOtherWriter === true && opened) revisions.put(client.id, seenBefore);
        return { savedAt: now.toISOString(), snapshotTaken: snapshotDue };
      });
    },

    /** Keep a version that is not on disk (the edits of a settled conflict) as a snapshot of its client. */
    async keepAsSnapshot(client: Client): Promise<void> {
      refuseIfReadOnly();
      await queue.run(client.id, async () => {
        await ensureLayout();
        await snapshots.take(client.id, serializeClientDocument(client));
      });
    },

    /** The revision this service knows for a client (null: not on disk). */
    revisionOf: (clientId: string): string | null => revisions.known(clientId) ?? null,

    /** True when this service only reads (read-only command or read-only folder). */
    readOnly,

    /** Move a client's document to purged/ (swept after 30 days), with its snapshots. */
    async purge(clientId: string): Promise<{ purged: boolean }> {
      refuseIfReadOnly();
      return queue.run(clientId, async () => {
        const stamp = compactTimestamp(clock());
        await fs.mkdir(layout.purged, { recursive: true });
        let purged = true;
        try {
          await fs.rename(layout.clientFile(clientId), join(layout.purged, `${stamp}-${clientId}.json`));
        } catch (error) {
          if (!hasErrorCode(error, 'ENOENT')) throw error;
          purged = false;
        }
        await fs.rename(layout.snapshotFolder(clientId), join(layout.purged, `${stamp}-${clientId}-snapshots`)).catch((error: unknown) => {
          if (!hasErrorCode(error, 'ENOENT')) throw error;
        });
        snapshots.forget(clientId);
        index.delete(clientId);
        indexChanged();
        revisions.remember(clientId, null, null);
        return { purged };
      });
    },

    listSnapshots: (clientId: string): Promise<SnapshotInfo[]> => snapshots.list(clientId),
    readSnapshot: (clientId: string, snapshotId: string): Promise<Client> => snapshots.read(clientId, snapshotId),

    /**
     * A snapshot about to become the client's document again: the document on disk is
     * snapshotted first (a restore never overwrites a newer version that has no copy), and
     * a snapshot holding another client is refused.
     */
    async restoreSnapshot(clientId: string, snapshotId: string): Promise<Client> {
      refuseIfReadOnly();
      return queue.run(clientId, async () => {
        const client = await snapshots.read(clientId, snapshotId);
        await snapshotCurrent(clientId, client);
        return client;
      });
    },

    /** Make a snapshot the current document of a quarantined client and close the problem. */
    async restoreQuarantined(problemId: string, snapshotId: string): Promise<Client> {
      const problem = quarantine.find(problemId) ?? unmovable.find((p) => p.id === problemId);
      if (!problem) throw new OperationError('not-found', 'That problem has already been resolved.');
      refuseIfReadOnly();
      const client = await snapshots.read(problem.clientId, snapshotId);
      await queue.run(client.id, async () => {
        await snapshotCurrent(client.id, client);
        await writeDocument(client);
      });
      unmovable = unmovable.filter((p) => p.id !== problemId);
      await quarantine.remove(problemId);
      return client;
    },

    /** Forget a problem; the quarantined file stays in quarantine/. */
    async dismissProblem(problemId: string): Promise<{ dismissed: boolean }> {
      const wasUnmovable = unmovable.some((p) => p.id === problemId);
      unmovable = unmovable.filter((p) => p.id !== problemId);
      return { dismissed: (await quarantine.remove(problemId)) || wasUnmovable };
    },

    /** Conflict copies and cloud placeholders found by the last open. */
    syncedFolder: synced,

    /** Resolves when no save (and no write of the summaries index) is in flight. */
    idle: async (): Promise<void> => {
      await queue.idle();
      await indexWrite;
    },
  };
}
