import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { startCouchServer, type CouchServer } from './support/couch-server';
import { waitUntilSaved } from './support/expectations';

const shots = process.env['CAIRN_E2E_SHOTS'];

/** Settings ▸ Sync, filled in by label, tested, turned on and saved. */
async function turnOnSync(page: Page, serverUrl: string, username: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('tab', { name: 'Sync' }).click();
  await settings.getByLabel('Server URL').fill(serverUrl);
  await settings.getByLabel('User name').fill(username);
  await settings.getByLabel('Password').fill(password);
  await settings.getByRole('button', { name: 'Test connection' }).click();
  await settings.getByRole('status').filter({ hasText: /^Connected/ }).waitFor();
  await settings.getByRole('switch', { name: "Sync with the firm's server" }).check();
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await settings.getByText('Saved. Sync is on.').waitFor();
  await settings.getByRole('button', { name: 'Close' }).click();
}

describe('sharing a client with the firm through CouchDB', () => {
  let browser: Browser;
  let couch: CouchServer;
  beforeAll(async () => {
    [browser, couch] = await Promise.all([launchChromium(), startCouchServer()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), couch?.close()]);
  });

  it('configures Settings ▸ Sync, tests the connection, shares the demo client and sees it synced; a colleague receives it and their edit comes back', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      await waitUntilSaved(page);
      // Off until configured: nothing to share yet, no sync status.
      expect(await page.getByRole('button', { name: 'Share with the firm' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByRole('tab', { name: 'Sync' }).click();
      await settings.getByLabel('Server URL').fill(couch.url);
      await settings.getByLabel('User name').fill(couch.username);

      // A wrong password is named as such.
      await settings.getByLabel('Password').fill('not the password');
      await settings.getByRole('button', { name: 'Test connection' }).click();
      await settings.getByRole('alert').filter({ hasText: 'Wrong password or user name' }).waitFor();

      await settings.getByLabel('Password').fill(couch.password);
      await settings.getByRole('button', { name: 'Test connection' }).click();
      await settings.getByRole('status').filter({ hasText: /^Connected/ }).waitFor();
      if (shots) await settings.screenshot({ path: path.join(shots, 'sync-settings-connected.png') });

      await settings.getByRole('switch', { name: "Sync with the firm's server" }).check();
      await settings.getByRole('button', { name: 'Save', exact: true }).click();
      await settings.getByText('Saved. Sync is on.').waitFor();
      // The password is stored by main; the field does not get it back.
      expect(await settings.getByLabel('Password').inputValue()).toBe('');
      await settings.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Share with the firm' }).click();
      const confirm = page.getByRole('dialog', { name: 'Share Nordlicht Outdoor GmbH with the firm?' });
      expect(await confirm.textContent()).toContain('Everyone with access to the database on that server');
      await confirm.getByRole('button', { name: 'Share with the firm' }).click();

      const sharing = page.getByRole('group', { name: 'Sharing' });
      await expect.poll(() => sharing.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Synced/);
      expect(await page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: 'Nordlicht Outdoor GmbH' }).textContent()).toContain('Synced');
      await expect.poll(() => page.getByRole('banner').first().getByRole('status').filter({ hasText: /^Synced/ }).count(), { timeout: 10_000 }).toBe(1);
      expect((await couch.databases()).length).toBeGreaterThan(0);
      if (shots) await page.screenshot({ path: path.join(shots, 'sync-shared-client.png') });

      // The renderer never talks to the server itself: every request stayed on the bridge.
      expect(session.problems).toEqual([]);

      // A colleague with an account of their own turns sync on: the client arrives, saying who shared it.
      await couch.addUser('ben', 'another secret');
      const colleague = await openCairn(browser);
      try {
        await colleague.page.getByRole('button', { name: 'Start with an empty workspace' }).click();
        await turnOnSync(colleague.page, couch.url, 'ben', 'another secret');
        const arrived = colleague.page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: 'Nordlicht Outdoor GmbH' });
        await arrived.waitFor({ timeout: 30_000 });
        await expect.poll(() => arrived.textContent(), { timeout: 10_000 }).toMatch(/Shared by \S/);
        await arrived.click();
        await colleague.page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
        expect(await colleague.page.getByRole('group', { name: 'Sharing' }).textContent()).toMatch(/Shared by \S/);
        if (shots) await colleague.page.screenshot({ path: path.join(shots, 'sync-colleague.png') });

        // The colleague's edit reaches the first consultant's open client page, read back from disk.
        await colleague.page.getByLabel('Industry').fill('Outdoor gear and apparel');
        await colleague.page.getByLabel('Industry').blur();
        await waitUntilSaved(colleague.page);
        await expect.poll(() => page.getByLabel('Industry').inputValue(), { timeout: 30_000 }).toBe('Outdoor gear and apparel');
        expect(colleague.problems).toEqual([]);
      } finally {
        await colleague.close();
      }
    } finally {
      await session.close();
    }
  });
});
