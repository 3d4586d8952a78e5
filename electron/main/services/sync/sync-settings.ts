import { join } from 'node:path';
import { z } from 'zod';
import type { SyncSettingsView } from '../../../../shared/ipc/contract-sharing';
import { checkSyncUrl } from '../../../../shared/sync/sync-url';
import { OperationError } from '../../ipc/operation-error';
import { writeFileAtomic } from '../atomic-write';
import { hasErrorCode, nodeFsPort, type FsPort } from '../fs-port';
import type { CredentialVault } from './credential-vault';

/**
 * The sync settings in `<data folder>/sync/settings.json`. The password is stored only
 * encrypted by the vault (the OS keychain through safeStorage), as base64; when the vault
 * cannot encrypt, it is kept in memory for this session and never written.
 */
const StoredSchema = z.object({
  serverUrl: z.string().default(''),
  username: z.string().default(''),
  encryptedPassword: z.string().nullable().default(null),
  enabled: z.boolean().default(false),
});
type Stored = z.infer<typeof StoredSchema>;

export interface SyncCredentials {
  serverUrl: string;
  username: string;
  password: string;
}

export interface SyncSettingsUpdate {
  serverUrl: string;
  username: string;
  /** null keeps the stored password; '' removes it. */
  password: string | null;
  enabled: boolean;
}

export function createSyncSettings(options: { dataDir: string; vault: CredentialVault; fs?: FsPort }) {
  const fs = options.fs ?? nodeFsPort;
  const file = join(options.dataDir, 'sync', 'settings.json');
  let sessionPassword: string | null = null;
  let cached: Stored | null = null;

  async function read(): Promise<Stored> {
    if (cached) return cached;
    try {
      const parsed = StoredSchema.safeParse(JSON.parse((await fs.readFile(file)).toString('utf8')));
      cached = parsed.success ? parsed.data : StoredSchema.parse({});
    } catch (error) {
      if (!hasErrorCode(error, 'ENOENT') && !(error instanceof SyntaxError)) throw error;
      cached = StoredSchema.parse({});
    }
    return cached;
  }

  function storedPassword(stored: Stored): string | null {
    if (sessionPassword !== null) return sessionPassword;
    if (!stored.encryptedPassword || !options.vault.canEncrypt()) return null;
    try {
      return options.vault.decrypt(Buffer.from(stored.encryptedPassword, 'base64'));
    } catch {
      // Encrypted under another OS account or keychain: as if none were stored.
      return null;
    }
  }

  const view = (stored: Stored): SyncSettingsView => ({
    serverUrl: stored.serverUrl,
    username: stored.username,
    hasPassword: storedPassword(stored) !== null,
    enabled: stored.enabled,
    canStorePassword: options.vault.canEncrypt(),
  });

  return {
    async view(): Promise<SyncSettingsView> {
      return view(await read());
    },
    async update(update: SyncSettingsUpdate): Promise<SyncSettingsView> {
      const current = await read();
      let serverUrl = update.serverUrl.trim();
      if (serverUrl !== '') {
        const checked = checkSyncUrl(serverUrl);
        if (!checked.ok) throw new OperationError('invalid-request', checked.message);
        serverUrl = checked.url;
      }
      if (update.enabled && serverUrl === '') throw new OperationError('invalid-request', 'Enter the address of your firm’s CouchDB server before turning sync on.');
      const next: Stored = { ...current, serverUrl, username: update.username.trim(), enabled: update.enabled };
      // A different server or user never inherits the password of the previous one.
      const sameAccount = current.serverUrl === next.serverUrl && current.username === next.username;
      if (update.password !== null || !sameAccount) {
        const password = update.password ?? '';
        sessionPassword = null;
        next.encryptedPassword = null;
        if (password !== '') {
          if (options.vault.canEncrypt()) next.encryptedPassword = options.vault.encrypt(password).toString('base64');
          else sessionPassword = password;
        }
      }
      await fs.mkdir(join(options.dataDir, 'sync'), { recursive: true });
      await writeFileAtomic(fs, file, `${JSON.stringify(next, null, 2)}\n`);
      cached = next;
      return view(next);
    },
    /** The server and credentials to use now, or null while sync is not fully configured. */
    async credentials(): Promise<SyncCredentials | null> {
      const stored = await read();
      const password = storedPassword(stored);
      if (stored.serverUrl === '' || password === null) return null;
      return { serverUrl: stored.serverUrl, username: stored.username, password };
    },
    async enabled(): Promise<boolean> {
      return (await read()).enabled;
    },
    async serverUrl(): Promise<string> {
      return (await read()).serverUrl;
    },
    /** The password for a connection test with password null: the stored one, if any. */
    async passwordFor(serverUrl: string, username: string): Promise<string | null> {
      const stored = await read();
      return stored.serverUrl === serverUrl && stored.username === username ? storedPassword(stored) : null;
    },
  };
}

export type SyncSettings = ReturnType<typeof createSyncSettings>;
