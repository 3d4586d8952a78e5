import { z } from 'zod';
import { IdSchema, type Timestamp } from '../domain/common';
import type { ImportPreview } from './contract-engagement-files';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });
const empty = z.object({}).strict();

/**
 * Sharing engagements with the firm through a CouchDB 3 server (docs/sync.md). Sync is off
 * until the consultant configures a server and turns it on; nothing leaves the machine before.
 * The local documents stay the source of truth: a sync writes a client only through the
 * workspace's atomic, revision-checked save.
 */

/** Where one shared client (or the firm library) stands. `off`: sync not turned on. */
export type SyncState = 'off' | 'synced' | 'syncing' | 'offline' | 'conflict' | 'no-access' | 'error';

/** The answer to "Test connection", one kind per cause the consultant can act on. */
export type ConnectionCheckKind = 'ok' | 'invalid-url' | 'insecure' | 'unreachable' | 'unauthorized' | 'forbidden' | 'too-old' | 'not-couchdb';

export interface ConnectionCheck {
  kind: ConnectionCheckKind;
  /** One sentence for the consultant, naming what is wrong and what to do. */
  message: string;
  /** e.g. "CouchDB 3.3.3" when the server answered. */
  server: string | null;
}

/** The sync settings as the renderer may see them: the password never leaves main. */
export interface SyncSettingsView {
  serverUrl: string;
  username: string;
  /** A password is stored (encrypted with the operating system's keychain via safeStorage). */
  hasPassword: boolean;
  /** Sync runs (continuously while online). */
  enabled: boolean;
  /** False when the OS offers no encryption: the password cannot be stored, sync asks each session. */
  canStorePassword: boolean;
}

export interface ClientSyncStatus {
  clientId: string;
  /** This client is shared with the firm (its own CouchDB database). */
  shared: boolean;
  /** Who shared it, when a colleague did ("Anna Berg"); null when this consultant shared it. */
  sharedBy: string | null;
  state: SyncState;
  lastSyncedAt: Timestamp | null;
  /** First sync of a big client: documents done of total. */
  progress: { done: number; total: number } | null;
  /** One sentence when state is conflict / no-access / error / offline. */
  message: string | null;
  /** Bumped each time a sync wrote this client on disk: the renderer re-reads it (readClient). */
  localRevision: string | null;
}

export interface SyncStatus {
  /** The worst state across clients and the library ('off' while sync is not turned on). */
  overall: SyncState;
  lastSyncedAt: Timestamp | null;
  clients: ClientSyncStatus[];
  library: { state: SyncState; lastSyncedAt: Timestamp | null; message: string | null };
  /** While a pass runs: shared clients done of those in the pass (the first sync of many clients). */
  progress?: { done: number; total: number } | null;
}

const ServerUrlSchema = z.string().trim().max(2_000);
const UsernameSchema = z.string().trim().max(200);
/** null keeps the stored password; '' removes it. */
const PasswordSchema = z.string().max(1_000).nullable();

export const sharingContract = {
  getSyncSettings: op<SyncSettingsView>()(empty),
  /** Store server, user name and (encrypted) password; turning sync on starts replication. */
  setSyncSettings: op<SyncSettingsView>()(
    z.object({ serverUrl: ServerUrlSchema, username: UsernameSchema, password: PasswordSchema.default(null), enabled: z.boolean() }).strict(),
  ),
  /** Try the server with these settings (password null: the stored one). HTTPS required except on loopback. */
  testSyncConnection: op<ConnectionCheck>()(z.object({ serverUrl: ServerUrlSchema, username: UsernameSchema, password: PasswordSchema.default(null) }).strict()),
  getSyncStatus: op<SyncStatus>()(empty),
  /** "Share with the firm": the client gets its own database and is pushed. */
  shareClient: op<ClientSyncStatus>()(z.object({ clientId: IdSchema }).strict()),
  /** "Stop sharing": this computer stops replicating it; the local document stays. */
  unshareClient: op<ClientSyncStatus>()(z.object({ clientId: IdSchema }).strict()),
  /** Replicate everything shared now (also happens continuously while online). */
  syncNow: op<SyncStatus>()(empty),
  /** The merge preview between this computer's version and the conflicting revision on the server. */
  previewSyncConflict: op<ImportPreview>()(z.object({ clientId: IdSchema }).strict()),
  /** Save the decided merge locally and on the server; the losing revision stays in a snapshot. */
  resolveSyncConflict: op<{ clientId: string; savedAt: Timestamp }>()(
    z.object({ previewId: IdSchema, decisions: z.record(z.string().max(200).regex(/^[A-Za-z]+:[A-Za-z0-9_@.-]+$/), z.enum(['mine', 'theirs'])).default({}) }).strict(),
  ),
} as const;
