import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestVault, memoryOnlyVault } from './credential-vault';
import { createSyncSettings } from './sync-settings';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-sync-settings-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const update = { serverUrl: 'https://couch.example.com/', username: 'anna', password: 'correct horse', enabled: true };

describe('sync settings', () => {
  it('stores the password only encrypted by the vault, and gives it back for syncing', async () => {
    const settings = createSyncSettings({ dataDir, vault: createTestVault() });
    expect(await settings.update(update)).toEqual({ serverUrl: 'https://couch.example.com', username: 'anna', hasPassword: true, enabled: true, canStorePassword: true });
    const onDisk = await readFile(join(dataDir, 'sync', 'settings.json'), 'utf8');
    expect(onDisk).not.toContain('correct horse');
    const reopened = createSyncSettings({ dataDir, vault: createTestVault() });
    expect(await reopened.credentials()).toEqual({ serverUrl: 'https://couch.example.com', username: 'anna', password: 'correct horse' });
  });

  it('keeps the password in memory only when the system cannot encrypt it', async () => {
    const settings = createSyncSettings({ dataDir, vault: memoryOnlyVault });
    expect((await settings.update(update)).hasPassword).toBe(true);
    expect(await readFile(join(dataDir, 'sync', 'settings.json'), 'utf8')).not.toContain('correct horse');
    expect((await settings.credentials())?.password).toBe('correct horse');
    const nextSession = createSyncSettings({ dataDir, vault: memoryOnlyVault });
    expect(await nextSession.view()).toMatchObject({ hasPassword: false, canStorePassword: false });
  });

  it('keeps the stored password when none is given, drops it for another server or user, and removes it on ""', async () => {
    const settings = createSyncSettings({ dataDir, vault: createTestVault() });
    await settings.update(update);
    expect((await settings.update({ ...update, password: null, enabled: false })).hasPassword).toBe(true);
    expect((await settings.update({ ...update, username: 'ben', password: null })).hasPassword).toBe(false);
    await settings.update(update);
    expect((await settings.update({ ...update, password: '' })).hasPassword).toBe(false);
  });

  it('refuses plain http to another computer', async () => {
    const settings = createSyncSettings({ dataDir, vault: createTestVault() });
    await expect(settings.update({ ...update, serverUrl: 'http://couch.example.com' })).rejects.toThrow(/HTTPS/);
    await expect(settings.update({ ...update, serverUrl: '' })).rejects.toThrow(/address/);
  });
});
