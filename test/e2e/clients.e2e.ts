import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { valueOf, waitUntilSaved } from './support/expectations';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('a consultant managing clients', () => {
  it('creates a client, adds stakeholders, quits, and finds everything again', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Start with an empty workspace' }).click();

    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByLabel('Name', { exact: true }).fill('Wrocławskie Wodociągi');
    await dialog.getByLabel('Industry').fill('Water utility');
    await dialog.getByLabel('Region').fill('Lower Silesia, Poland');
    await dialog.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Wrocławskie Wodociągi');

    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    for (const [name, title, sponsor] of [
      ['Małgorzata Zielińska', 'Prezes Zarządu', true],
      ['Piotr Nowak', 'Head of Customer Service', false],
    ] as const) {
      await page.getByRole('button', { name: 'Add stakeholder' }).click();
      const editor = page.getByRole('dialog', { name: 'Add stakeholder' });
      await editor.getByLabel('Name', { exact: true }).fill(name);
      await editor.getByLabel('Title').fill(title);
      if (sponsor) await editor.getByLabel('Executive sponsor').check();
      await editor.getByRole('button', { name: 'Save stakeholder' }).click();
      await editor.waitFor({ state: 'hidden' });
    }
    await waitUntilSaved(page);

    await session.restart();
    const again = session.page;
    await again.getByRole('option', { name: 'Wrocławskie Wodociągi' }).click();
    expect(await valueOf(again, 'Region')).toBe('Lower Silesia, Poland');
    await again.getByRole('tab', { name: 'Stakeholders' }).click();
    await expect.poll(() => again.getByRole('table').textContent()).toMatch(/Małgorzata Zielińska[\s\S]*Piotr Nowak|Piotr Nowak[\s\S]*Małgorzata Zielińska/);
    expect(await again.getByRole('table').textContent()).toContain('Sponsor');
    const files = await readdir(path.join(session.dataDir, 'clients'));
    expect(files.filter((file) => file.endsWith('.json'))).toHaveLength(1);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('undoes and redoes edits by keyboard and from the menu, and keeps the result', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Nordlicht Outdoor AG');
    await page.getByLabel('Region').fill('Bavaria');
    await page.getByLabel('Region').blur();

    await page.keyboard.press('Control+z');
    await expect.poll(() => valueOf(page, 'Region')).toBe('DACH, France, Poland, Spain');
    await page.keyboard.press('Control+z');
    await expect.poll(() => valueOf(page, 'Name')).toBe('Nordlicht Outdoor GmbH');
    await page.keyboard.press('Shift+Control+z');
    await expect.poll(() => valueOf(page, 'Name')).toBe('Nordlicht Outdoor AG');
    // The Electron menu sends the same command through the preload's event.
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as { __cairnBridge: { emit(e: string, p: unknown): void } }).__cairnBridge.emit('menuCommand', 'redo'));
    await expect.poll(() => valueOf(page, 'Region')).toBe('Bavaria');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => valueOf(page, 'Region')).toBe('DACH, France, Poland, Spain');
    await waitUntilSaved(page);

    await session.restart();
    await session.page.getByRole('option', { name: 'Nordlicht Outdoor AG' }).click();
    expect(await valueOf(session.page, 'Region')).toBe('DACH, France, Poland, Spain');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('archives, trashes and restores clients, and empties the trash only when asked', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    await page.getByRole('button', { name: 'New client', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByLabel('Name', { exact: true }).fill('Café Lumière SARL');
    await dialog.getByRole('button', { name: 'Create client' }).click();
    await waitUntilSaved(page);
    expect(await readdir(path.join(session.dataDir, 'clients'))).toHaveLength(2);

    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByRole('button', { name: 'Archived', exact: true }).click();
    await page.getByRole('option', { name: 'Café Lumière SARL' }).click();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('button', { name: 'Active', exact: true }).click();
    await page.getByRole('option', { name: 'Café Lumière SARL' }).click();

    await page.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => page.getByRole('option', { name: 'Café Lumière SARL' }).count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Search clients' }).fill('nord');
    await expect.poll(() => page.getByRole('option').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search clients' }).fill('');

    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await page.getByRole('option', { name: 'Café Lumière SARL' }).click();
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Empty trash' }).click();
    await expect.poll(() => page.getByRole('option', { name: 'Café Lumière SARL' }).count()).toBe(0);
    await waitUntilSaved(page);
    await expect.poll(async () => (await readdir(path.join(session.dataDir, 'clients'))).length).toBe(1);
    const purged = await readdir(path.join(session.dataDir, 'purged'));
    expect(purged.some((file) => file.endsWith('.json'))).toBe(true);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('sets a damaged client file aside, still starts, and restores the last snapshot', async () => {
    const session = await openCairn(browser);
    await session.page.getByRole('button', { name: 'Explore the demo client' }).click();
    await waitUntilSaved(session.page);
    const [file] = await readdir(path.join(session.dataDir, 'clients'));
    const documentPath = path.join(session.dataDir, 'clients', file!);
    const original = await readFile(documentPath);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(documentPath, original.subarray(0, Math.floor(original.length / 2)));

    await session.restart();
    const page = session.page;
    const alert = page.getByRole('alert').filter({ hasText: 'Nordlicht Outdoor GmbH' }).first();
    await alert.waitFor();
    // Exactly one problem, and no other alarm (the text says which, if this ever fails).
    expect(await page.getByRole('alert').allTextContents()).toHaveLength(1);
    expect(await alert.textContent()).toMatch(/quarantine/i);
    // The quarantine folder is its own record: quarantine/<stamp>--<id>/<id>.json beside reason.json.
    const quarantined = (await readdir(path.join(session.dataDir, 'quarantine'))).filter((name) => name.endsWith(`--${file!.replace(/\.json$/, '')}`));
    expect(quarantined).toHaveLength(1);
    expect((await readFile(path.join(session.dataDir, 'quarantine', quarantined[0]!, file!))).length).toBe(Math.floor(original.length / 2));

    await alert.getByRole('button', { name: /Restore snapshot from/ }).click();
    await page.getByRole('option', { name: 'Nordlicht Outdoor GmbH' }).click();
    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    await expect.poll(() => page.getByRole('table').textContent()).toContain('Jürgen Baumgärtner');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('keeps an edit in memory when the disk is full, says so, and saves once it is not', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    await waitUntilSaved(page);

    session.bridge.setFaults([{ step: 'write', code: 'ENOSPC' }]);
    await page.getByLabel('Notes').fill('Workshop 1: the store managers want a shared photo channel.');
    const banner = page.getByRole('alert').filter({ hasText: /disk is full/i });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('Nordlicht Outdoor GmbH');
    expect(await page.getByRole('status').filter({ hasText: /retrying/ }).count()).toBe(1);

    session.bridge.setFaults([]);
    await banner.waitFor({ state: 'hidden', timeout: 15_000 });
    await waitUntilSaved(page);
    await session.restart();
    await session.page.getByRole('option', { name: 'Nordlicht Outdoor GmbH' }).click();
    expect(await valueOf(session.page, 'Notes')).toBe('Workshop 1: the store managers want a shared photo channel.');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('refuses a bad brand colour and keeps a good profile', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Start with an empty workspace' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Your name').fill('Inès Castañeda');
    await settings.getByLabel('Firm').fill('Castañeda & Partners');
    await settings.getByLabel('Brand colour (hex)').fill('#12345');
    expect(await settings.getByRole('button', { name: 'Save profile' }).isDisabled()).toBe(true);
    await settings.getByLabel('Brand colour (hex)').fill('#7a1f5c');
    await settings.getByRole('button', { name: 'Save profile' }).click();
    await settings.getByText('Profile saved.').waitFor();

    await session.restart();
    await session.page.getByRole('button', { name: 'Settings' }).click();
    const reopened = session.page.getByRole('dialog', { name: 'Settings' });
    expect(await reopened.getByLabel('Your name').inputValue()).toBe('Inès Castañeda');
    expect(await reopened.getByLabel('Brand colour (hex)').inputValue()).toBe('#7a1f5c');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
