import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { summarizeClient, type Client, type ClientSummary } from '../../../shared/domain/client';
import type { SaveReceipt, SnapshotInfo, WorkspaceProblem } from '../../../shared/ipc/contract';
import type { SyncIssue } from '../../../shared/ipc/contract-sync';
import { parseClientDocument, parseClientDocumentBytes, serializeClientDocument } from '../../../shared/file-format/client-document-format';
import type { Migration } from '../../../shared/file-format/migrations';
import { compactTimestamp } from '../../../shared/workspace/snapshot-ids';
import { SNAPSHOT_INTERVAL_MS } from '../../../shared/workspace/snapshot-retention';
import { OperationError } from '../ipc/operation-error';
import { sweepTempFiles, writeFileAtomic } from './atomic-write';
import { createKeyedQueue } from './client-lock';
import { clientIdFromFileName, dataLayout } from './data-layout';
import { hasErrorCode, listFolder, nodeFsPort, type FsPort } from './fs-port';
import { sweepPurged } from './purged-sweep';
import { createQuarantine, type StoredProblem } from './quarantine';
import { createSnapshotStore } from './snapshot-store';
import { createSyncedFolder } from './synced-folder';

export interface WorkspaceDeps {
  dataDir: string;
  fs?: FsPort;
  clock?: () => Date;
  newId?: () => string;
  /** Defaults to the real migration list; tests pass synthetic ones. */
  migrations?: readonly Migration[];
  /** Minutes east of UTC; defaults to the machine's zone at the time of the call. */
  utcOffsetMinutes?: () => number;
}

export interface OpenedWorkspace {
  clients: Client[];
  problems: WorkspaceProblem[];
  /** Conflict copies and unreadable cloud placeholders in `clients/` (see synced-folder.ts); absent when there are none. */
  syncIssues?: SyncIssue[];
}

export type Workspace = ReturnType<typeof createWorkspace>;

/**
 * All client documents of one data folder. A save rewrites exactly one
 * `clients/<id>.json`; what the service knows about the other clients is kept in memory,
 * so the cost of a save does not depend on how many clients there are.
 */
export function createWorkspace(deps: WorkspaceDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const layout = dataLayout(deps.dataDir);
  const utcOffsetMinutes = deps.utcOffsetMinutes ?? (() => -clock().getTimezoneOffset());
  const snapshots = createSnapshotStore({ fs, layout, clock, migrations: deps.migrations, utcOffsetMinutes });
  const quarantine = createQuarantine({ fs, layout, clock, newId });
  const synced = createSyncedFolder({ fs, layout, clock, newId });
  const queue = createKeyedQueue();
  /** Summaries of the clients whose documents are on disk. */
  const index = new Map<string, ClientSummary>();
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

  async function loadDocument(fileName: string, backups: Set<string>): Promise<Client | null> {
    const clientId = clientIdFromFileName(fileName);
    if (clientId === null) return null;
    const bytes = await synced.read(fileName);
    if (bytes === null) return null;
    const parsed = parseClientDocumentBytes(bytes, { migrations: deps.migrations });
    let reason: string | null = parsed.ok ? null : parsed.reason;
    if (parsed.ok && parsed.document.client.id !== clientId) {
      reason = `The file is named for client ${clientId} but holds client ${parsed.document.client.id}.`;
    }
    if (!parsed.ok || reason !== null) {
      const problem = await quarantine.add(fileName, clientId, reason ?? 'The file could not be read.');
      if (problem.quarantinedAs.startsWith('clients/')) unmovable.push(problem);
      return null;
    }
    if (parsed.migratedFrom !== null) await backUpBeforeMigration(clientId, parsed.migratedFrom, bytes, backups);
    return parsed.document.client;
  }

  async function writeDocument(client: Client): Promise<void> {
    await writeFileAtomic(fs, layout.clientFile(client.id), serializeClientDocument(client));
    index.set(client.id, summarizeClient(client));
  }

  /** The bytes to snapshot before overwriting: the previous good document, else the new one. */
  async function snapshotSource(clientId: string, next: string): Promise<Buffer | string> {
    try {
      const previous = await fs.readFile(layout.clientFile(clientId));
      return parseClientDocument(previous.toString('utf8'), { migrations: deps.migrations }).ok ? previous : next;
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return next;
      throw error;
    }
  }

  async function openOnce(): Promise<OpenedWorkspace> {
    await queue.idle();
    layoutReady = null;
    await ensureLayout();
    await Promise.all([layout.clients, layout.quarantine, layout.backups, layout.branding].map((f) => sweepTempFiles(fs, f)));
    await snapshots.reset();
    await sweepPurged(fs, layout.purged, clock()).catch(() => []);
    await quarantine.load();
    index.clear();
    unmovable = [];
    const backups = new Set(await listFolder(fs, layout.backups));
    const clients: Client[] = [];
    const names = (await listFolder(fs, layout.clients)).sort();
    const conflictCopies = synced.scan(names);
    for (const fileName of names) {
      if (conflictCopies.has(fileName)) continue;
      const client = await loadDocument(fileName, backups);
      if (!client) continue;
      index.set(client.id, summarizeClient(client));
      clients.push(client);
    }
    const syncIssues = synced.issues((id) => index.get(id)?.name ?? null);
    return { clients, problems: await problems(), ...(syncIssues.length > 0 ? { syncIssues } : {}) };
  }

  let opening: Promise<OpenedWorkspace> | null = null;

  return {
    /**
     * Read every client document. Unreadable ones are quarantined and reported, never
     * reset; leftovers of crashes (temp files) and expired purges are swept first.
     */
    open(): Promise<OpenedWorkspace> {
      // Two opens at once would both try to quarantine the same unreadable file; share one.
      opening ??= openOnce().finally(() => {
        opening = null;
      });
      return opening;
    },

    /** Summaries of the loaded clients, without reading anything. */
    summaries: (): ClientSummary[] => [...index.values()],

    problems,

    /**
     * Write one client's document atomically. If its newest snapshot is older than the
     * interval, the previous document is snapshotted first. On any fs error the previous
     * document is left intact and the error propagates, so the caller can retry.
     */
    save(client: Client): Promise<SaveReceipt> {
      return queue.run(client.id, async () => {
        await ensureLayout();
        const now = clock();
        const text = serializeClientDocument(client);
        const newest = await snapshots.newestTakenAt(client.id);
        const snapshotDue = newest === null || Math.abs(now.getTime() - newest.getTime()) >= SNAPSHOT_INTERVAL_MS;
        if (snapshotDue) await snapshots.take(client.id, await snapshotSource(client.id, text));
        await writeDocument(client);
        return { savedAt: now.toISOString(), snapshotTaken: snapshotDue };
      });
    },

    /** Move a client's document to purged/ (swept after 30 days), with its snapshots. */
    purge(clientId: string): Promise<{ purged: boolean }> {
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
        return { purged };
      });
    },

    listSnapshots: (clientId: string): Promise<SnapshotInfo[]> => snapshots.list(clientId),
    readSnapshot: (clientId: string, snapshotId: string): Promise<Client> => snapshots.read(clientId, snapshotId),

    /** Make a snapshot the current document of a quarantined client and close the problem. */
    async restoreQuarantined(problemId: string, snapshotId: string): Promise<Client> {
      const problem = quarantine.find(problemId) ?? unmovable.find((p) => p.id === problemId);
      if (!problem) throw new OperationError('not-found', 'That problem has already been resolved.');
      const client = await snapshots.read(problem.clientId, snapshotId);
      await queue.run(client.id, () => writeDocument(client));
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

    /** Resolves when no save is in flight (used before quitting). */
    idle: (): Promise<void> => queue.idle(),
  };
}
