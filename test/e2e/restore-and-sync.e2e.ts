import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientDocument, serializeClientDocument } from '../../shared/file-format/client-document-format';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { waitUntilSaved } from './support/expectations';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const shots = process.env['CAIRN_E2E_SHOTS'];

describe('restoring a workspace backup from Settings', () => {
  it('previews a backup, restores it into an empty workspace as saved, and beside existing clients as new ones', async () => {
    const source = await openCairn(browser);
    const empty = await openCairn(browser);
    try {
      // A backup of the demo workspace, made from Settings.
      await source.page.getByRole('button', { name: 'Explore the demo client' }).click();
      await source.page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      await waitUntilSaved(source.page);
      const backup = path.join(source.exchangeDir, 'workspace.cairn-backup');
      await source.page.getByRole('button', { name: 'Settings' }).click();
      const settings = source.page.getByRole('dialog', { name: 'Settings' });
      source.bridge.queueFileChoice(backup);
      await settings.getByRole('button', { name: 'Back up workspace…' }).click();
      await settings.getByText('Saved workspace.cairn-backup with 1 client.').waitFor();

      // Into an empty workspace: as saved.
      await empty.page.getByRole('button', { name: 'Start with an empty workspace' }).click();
      await empty.page.getByRole('button', { name: 'Settings' }).click();
      const emptySettings = empty.page.getByRole('dialog', { name: 'Settings' });
      empty.bridge.queueFileChoice(backup);
      await emptySettings.getByRole('button', { name: 'Restore a backup…' }).click();
      const preview = empty.page.getByRole('dialog', { name: 'Restore “workspace.cairn-backup”' });
      await preview.waitFor();
      const row = preview.getByRole('table', { name: 'Clients in the backup' }).getByRole('row', { name: /Nordlicht Outdoor GmbH/ });
      expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/Nordlicht Outdoor GmbH ?Active ?12 ?\d+ ?No/);
      expect(await preview.getByRole('radio', { name: 'As saved in the backup' }).isChecked()).toBe(true);
      if (shots) await preview.screenshot({ path: path.join(shots, 'restore-preview.png') });
      await preview.getByRole('button', { name: 'Restore 1 client', exact: true }).click();
      await emptySettings.getByText('Restored 1 client from workspace.cairn-backup.').waitFor();
      await emptySettings.getByRole('button', { name: 'Close' }).click();
      await empty.page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: /Nordlicht Outdoor GmbH/ }).waitFor();

      // Into the workspace it came from, which has gained a client since: only as new clients, after a backup of what is there.
      await settings.getByRole('button', { name: 'Close' }).click();
      await source.page.getByRole('button', { name: 'New client', exact: true }).click();
      const newClient = source.page.getByRole('dialog', { name: 'New client' });
      await newClient.getByLabel('Name', { exact: true }).fill('Café Lumière SARL');
      await newClient.getByRole('button', { name: 'Create client' }).click();
      await waitUntilSaved(source.page);
      await source.page.getByRole('button', { name: 'Settings' }).click();
      source.bridge.queueFileChoice(backup);
      await settings.getByRole('button', { name: 'Restore a backup…' }).click();
      const again = source.page.getByRole('dialog', { name: 'Restore “workspace.cairn-backup”' });
      expect(await again.getByRole('radio', { name: 'As saved in the backup' }).isDisabled()).toBe(true);
      expect(await again.getByRole('radio', { name: 'As new clients, marked “(restored)”' }).isChecked()).toBe(true);
      expect((await again.getByRole('row', { name: /Nordlicht Outdoor GmbH/ }).textContent())?.replace(/\s+/g, ' ')).toMatch(/Yes, identical/);
      await again.getByRole('button', { name: 'Restore 1 client as new' }).click();
      await settings.getByText(/^Restored 1 client as new clients from workspace\.cairn-backup\. The workspace as it was before is kept in backups[/\\]workspace\.before-restore\./).waitFor();
      await settings.getByRole('button', { name: 'Close' }).click();
      const clients = source.page.getByRole('listbox', { name: 'Clients' });
      await clients.getByRole('option', { name: /Nordlicht Outdoor GmbH \(restored\)/ }).waitFor();
      expect(await clients.getByRole('option').count()).toBe(3);

      // A client file is not a backup: one clear message, nothing changed.
      const notABackup = path.join(source.exchangeDir, 'client.cairn-backup');
      await writeFile(notABackup, JSON.stringify({ format: 'cairn.engagement-file', schemaVersion: 1 }));
      await source.page.getByRole('button', { name: 'Settings' }).click();
      source.bridge.queueFileChoice(notABackup);
      await settings.getByRole('button', { name: 'Restore a backup…' }).click();
      await settings.getByRole('alert').getByText(/^Cairn can’t restore “client\.cairn-backup”: This is a client file .*not a workspace backup.* Nothing was changed\.$/).waitFor();
      expect(await readdir(path.join(source.dataDir, 'clients'))).toHaveLength(3);
      expect([...source.problems, ...empty.problems]).toEqual([]);
    } finally {
      await source.close();
      await empty.close();
    }
  }, 90_000);
});

describe('importing the file of a client in the trash', () => {
  it('says the client is in the trash and restores it, then merges, when asked', async () => {
    const session = await openCairn(browser);
    const { page, bridge } = session;
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      const file = path.join(session.exchangeDir, 'nordlicht.cairn');
      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Export client file…' }).click();
      await page.getByText('Saved nordlicht.cairn.').waitFor({ timeout: 20_000 });

      await page.getByRole('button', { name: 'Move to trash' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
      await expect.poll(() => page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(0);
      await waitUntilSaved(page);

      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import “nordlicht.cairn”' });
      await dialog.getByText('“Nordlicht Outdoor GmbH” is in the trash. Restore it and merge the file into it, or import the file as a new client.').waitFor();
      expect(await dialog.getByRole('radio', { name: 'Restore from the trash and merge into' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('radio', { name: 'As a new client' }).isEnabled()).toBe(true);
      if (shots) await dialog.screenshot({ path: path.join(shots, 'import-trashed.png') });
      await dialog.getByRole('button', { name: 'Restore and merge into Nordlicht Outdoor GmbH' }).click();

      await page.getByText(/^Restored Nordlicht Outdoor GmbH from the trash\. Merged 0 new or newer items from nordlicht\.cairn into Nordlicht Outdoor GmbH\.$/).waitFor();
      await page.getByRole('button', { name: 'Active', exact: true }).click().catch(() => undefined);
      await page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: /Nordlicht Outdoor GmbH/ }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  }, 60_000);
});

describe('a synced data folder', () => {
  it('lists a Dropbox conflict copy as one of the client, merges it after review, and moves it to sync-conflicts/', async () => {
    const session = await openCairn(browser);
    try {
      await session.page.getByRole('button', { name: 'Explore the demo client' }).click();
      await session.page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      await waitUntilSaved(session.page);
      const clientsDir = path.join(session.dataDir, 'clients');
      const [documentName] = (await readdir(clientsDir)).filter((name) => name.endsWith('.json'));
      const parsed = parseClientDocument(await readFile(path.join(clientsDir, documentName!), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.reason);
      // The other computer renamed a stakeholder later than this one last saved.
      const theirs = structuredClone(parsed.document.client);
      theirs.stakeholders[0]!.title = 'Chief Executive (from the laptop)';
      theirs.stakeholders[0]!.updatedAt = new Date(Date.now() + 60_000).toISOString();
      const copyName = documentName!.replace('.json', " (Mac's conflicted copy 2026-01-02).json");
      await writeFile(path.join(clientsDir, copyName), serializeClientDocument(theirs));

      await session.restart();
      const { page } = session;
      const alert = page.getByRole('alert', { name: 'Conflict copy of Nordlicht Outdoor GmbH' });
      await alert.getByText(copyName).waitFor();
      if (shots) await alert.screenshot({ path: path.join(shots, 'sync-conflict.png') });
      await alert.getByRole('button', { name: 'Review conflict copy' }).click();
      const dialog = page.getByRole('dialog', { name: `Import “${copyName}”` });
      expect(await dialog.getByRole('radio', { name: 'Merge into' }).isChecked()).toBe(true);
      expect((await dialog.getByRole('row', { name: /^Stakeholders/ }).textContent())?.replace(/\s+/g, ' ')).toMatch(/^Stakeholders ?– ?1 ?11/);
      await dialog.getByRole('button', { name: 'Merge into Nordlicht Outdoor GmbH' }).click();
      await alert.waitFor({ state: 'hidden' });

      expect(await readdir(clientsDir)).toEqual([documentName]);
      const setAside = await readdir(path.join(session.dataDir, 'sync-conflicts'));
      expect(setAside).toEqual([expect.stringMatching(new RegExp(`-${copyName.replace(/[()]/g, '\\$&')}$`))]);
      await waitUntilSaved(page);
      const merged = parseClientDocument(await readFile(path.join(clientsDir, documentName!), 'utf8'));
      expect(merged.ok && merged.document.client.stakeholders[0]!.title).toBe('Chief Executive (from the laptop)');
      expect(await readdir(path.join(session.dataDir, 'quarantine')).catch(() => [])).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  }, 60_000);
});


