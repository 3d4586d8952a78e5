import { join } from 'node:path';
import { z } from 'zod';
import { ClientSchema, type Client } from '../../../../shared/domain/client';
import { writeFileAtomic } from '../atomic-write';
import { hasErrorCode, nodeFsPort, type FsPort } from '../fs-port';

/**
 * What this computer remembers about replication, under `<data folder>/sync/`, each file
 * written atomically so a crash leaves the old or the new state, never a mix:
 * - `state.json`: per shared client its database, the server revision and the local
 *   document revision at the last sync, the `_changes` checkpoint and the time;
 * - `base/<id>.json`: the client as both sides had it at the last sync (the common
 *   ancestor of the three-way merge);
 * - `conflicts/<id>.json`: the server's copy waiting for the consultant's decision.
 * A crash between a step and its checkpoint only repeats that step on the next run.
 */
const ClientStateSchema = z.object({
  db: z.string(),
  /** The client's name at the last sync, for reports (the document is not parsed when nothing changed). */
  name: z.string().default(''),
  /** Who shared it when a colleague did; null when this consultant did. */
  sharedBy: z.string().nullable().default(null),
  /** This consultant shared it and its database, security and library entry exist on the server. */
  provisioned: z.boolean().default(false),
  remoteRev: z.string().nullable().default(null),
  lastSeq: z.string().nullable().default(null),
  localRevision: z.string().nullable().default(null),
  lastSyncedAt: z.string().nullable().default(null),
});
export type ClientReplicationState = z.infer<typeof ClientStateSchema>;

const StateSchema = z.object({
  version: z.literal(1).default(1),
  clients: z.record(z.string(), ClientStateSchema).default({}),
  /** Clients shared by colleagues that this consultant stopped syncing (not rediscovered). */
  declined: z.array(z.string()).default([]),
  library: z
    .object({ lastSyncedAt: z.string().nullable().default(null), marks: z.record(z.string(), z.object({ rev: z.string(), hash: z.string() })).default({}) })
    .default({ lastSyncedAt: null, marks: {} }),
});
export type ReplicationState = z.infer<typeof StateSchema>;

const PendingConflictSchema = z.object({ remoteRev: z.string(), theirs: ClientSchema, detectedAt: z.string() });
export type PendingConflict = z.infer<typeof PendingConflictSchema>;

const emptyState = (): ReplicationState => ({ version: 1, clients: {}, declined: [], library: { lastSyncedAt: null, marks: {} } });

export function createSyncStore(options: { dataDir: string; fs?: FsPort }) {
  const fs = options.fs ?? nodeFsPort;
  const folder = join(options.dataDir, 'sync');
  const stateFile = join(folder, 'state.json');
  const baseFile = (clientId: string) => join(folder, 'base', `${clientId}.json`);
  const conflictFile = (clientId: string) => join(folder, 'conflicts', `${clientId}.json`);

  async function readJson(path: string): Promise<unknown> {
    try {
      return JSON.parse((await fs.readFile(path)).toString('utf8')) as unknown;
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null;
      if (error instanceof SyntaxError) return null;
      throw error;
    }
  }
  async function writeJson(path: string, value: unknown): Promise<void> {
    await fs.mkdir(join(path, '..'), { recursive: true });
    await writeFileAtomic(fs, path, `${JSON.stringify(value, null, 2)}\n`);
  }
  async function remove(path: string): Promise<void> {
    await fs.rm(path, { recursive: true, force: true });
  }

  return {
    folder,
    async readState(): Promise<ReplicationState> {
      const parsed = StateSchema.safeParse((await readJson(stateFile)) ?? {});
      // A damaged state only costs a full comparison with the server: the merge finds what changed.
      return parsed.success ? parsed.data : emptyState();
    },
    writeState: (state: ReplicationState) => writeJson(stateFile, state),
    async readBase(clientId: string): Promise<Client | null> {
      const parsed = ClientSchema.safeParse(await readJson(baseFile(clientId)));
      return parsed.success ? parsed.data : null;
    },
    writeBase: (client: Client) => writeJson(baseFile(client.id), client),
    removeBase: (clientId: string) => remove(baseFile(clientId)),
    async readConflict(clientId: string): Promise<PendingConflict | null> {
      const parsed = PendingConflictSchema.safeParse(await readJson(conflictFile(clientId)));
      return parsed.success ? parsed.data : null;
    },
    writeConflict: (clientId: string, conflict: PendingConflict) => writeJson(conflictFile(clientId), conflict),
    removeConflict: (clientId: string) => remove(conflictFile(clientId)),
  };
}

export type SyncStore = ReturnType<typeof createSyncStore>;
