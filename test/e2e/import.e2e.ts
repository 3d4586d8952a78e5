import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('engagement files', () => {
  it('exports the demo client file, imports it as a new client after a preview, and refuses a bad file', async () => {
    const session = await openCairn(browser);
    const { page, bridge } = session;
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      const folder = session.exchangeDir;
      await mkdir(folder, { recursive: true });

      const file = path.join(folder, 'nordlicht.cairn');
      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Export client file…' }).click();
      await page.getByText('Saved nordlicht.cairn.').waitFor({ timeout: 20_000 });
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'cairn.engagement-file', client: { name: 'Nordlicht Outdoor GmbH' } });

      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import “nordlicht.cairn”' });
      await dialog.waitFor();
      // The client is already here, so the preview starts as a merge with nothing to change.
      expect(await dialog.getByRole('radio', { name: 'Merge into' }).isChecked()).toBe(true);
      await dialog.getByRole('radio', { name: 'As a new client' }).check();
      await dialog.getByText('This client is already in your workspace, so the import becomes a copy named “Nordlicht Outdoor GmbH (copy)” with its own ids.').waitFor();
      const stakeholders = dialog.getByRole('row', { name: /^Stakeholders/ });
      expect((await stakeholders.textContent())?.replace(/\s+/g, ' ')).toMatch(/^Stakeholders ?12/);
      if (process.env['CAIRN_E2E_SHOTS']) await dialog.screenshot({ path: path.join(process.env['CAIRN_E2E_SHOTS'], 'import-preview.png') });
      await dialog.getByRole('button', { name: 'Import as new client' }).click();

      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH (copy)' }).waitFor();
      await page.getByText('Imported Nordlicht Outdoor GmbH (copy) as a new client.').waitFor();
      expect(await page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(2);
      // Let autosave write the imported client back (unchanged), then undo: the copy goes away.
      await page.getByText('All changes saved').waitFor();
      await page.getByRole('button', { name: 'Undo import' }).click();
      await page.getByText('The imported client was removed.').waitFor();
      expect(await page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(1);

      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Import…' }).click();
      await page.getByRole('dialog', { name: 'Import “nordlicht.cairn”' }).getByRole('radio', { name: 'As a new client' }).click();
      await page.getByRole('dialog', { name: 'Import “nordlicht.cairn”' }).getByRole('button', { name: 'Import as new client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH (copy)' }).waitFor();

      const bad = path.join(folder, 'bad.cairn');
      const text = await readFile(file, 'utf8');
      await writeFile(bad, text.replace('"cairn.engagement-file"', '"something-else"'));
      bridge.queueFileChoice(bad);
      await page.getByRole('button', { name: 'Import…' }).click();
      const refused = page.getByRole('dialog', { name: 'Cairn can’t import “bad.cairn”' });
      await refused.getByText('The file is not a Cairn engagement file (it says "something-else").').waitFor();
      if (process.env['CAIRN_E2E_SHOTS']) await refused.screenshot({ path: path.join(process.env['CAIRN_E2E_SHOTS'], 'import-refused.png') });
      await refused.getByRole('button', { name: 'OK' }).click();
      expect(await page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(2);
      // Both clients come back after a restart: the import was saved for good.
      await session.restart();
      await session.page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: /Nordlicht Outdoor GmbH \(copy\)/ }).waitFor();
      expect(await session.page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(2);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  }, 60_000);
});
