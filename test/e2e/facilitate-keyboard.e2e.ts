import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { seriousAxeViolations } from './support/facilitator-axe';
import { focusedLabel, goToItem, openFacilitator } from './support/facilitator-page';
import { WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE, seedClient, workshopClient } from './support/workshop-client';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Where screenshots go when asked for (CAIRN_SHOTS=folder); otherwise none are written. */
const SHOTS = process.env['CAIRN_SHOTS'];

const headings = (dialog: Locator) => dialog.locator('[data-cluster-heading]').allTextContents();
const noteTexts = (dialog: Locator) => dialog.getByRole('listbox', { name: 'Notes' }).getByRole('option').locator('.facilitator__note-text').allTextContents();

async function expectFocusOnBoard(page: Page): Promise<void> {
  await expect.poll(() => focusedLabel(page)).toBe('Notes');
}

/** Type into the note box and press Enter, for each note. */
async function typeNotes(page: Page, notes: string[]): Promise<void> {
  for (const note of notes) {
    await page.keyboard.type(note);
    await page.keyboard.press('Enter');
  }
}

async function checkAccessible(page: Page, dialog: Locator, label: string): Promise<void> {
  const violations = await seriousAxeViolations(page, dialog);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
])('facilitator mode by keyboard alone at $width×$height', (viewport) => {
  it('captures, credits, clusters (two in a row), moves, reorders, merges and ungroups; axe-clean in both palettes; finishing the day marks the workshop held', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-facilitate-keys-'));
    await seedClient(dataDir, workshopClient());
    const session = await openCairn(browser, { dataDir, viewport });
    const { page } = session;
    try {
      const dialog = await openFacilitator(page, WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE);
      await goToItem(page, dialog, 'What would show progress');
      expect(await focusedLabel(page)).toBe('New note');

      // @mentions ignore case and accents: "@jurgen" credits Jürgen Baumgärtner.
      await typeNotes(page, ['@jurgen Share of voice', 'Response time to questions', 'Employee advocacy posts', 'Cost per lead']);
      await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Private mode' }).textContent()).toContain('4 notes hidden until the reveal');
      await page.keyboard.press('Alt+KeyR');
      await expect.poll(() => noteTexts(dialog)).toEqual(['Cost per lead', 'Employee advocacy posts', 'Response time to questions', 'Share of voice']);
      expect(await dialog.getByRole('option').filter({ hasText: 'Share of voice' }).textContent()).toContain('Jürgen Baumgärtner');

      // Two clusters in a row: after naming the first, the focus is back on the board.
      await page.keyboard.press('ArrowDown');
      await expectFocusOnBoard(page);
      await page.keyboard.press('g');
      await page.keyboard.type('Cost');
      await page.keyboard.press('Enter');
      await expectFocusOnBoard(page);
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('g');
      await page.keyboard.type('Reach');
      await page.keyboard.press('Enter');
      await expectFocusOnBoard(page);
      await expect.poll(() => headings(dialog)).toEqual(['Not yet clustered 1 note', 'Cost 1 note', 'Reach 2 notes']);

      // Move the last unclustered note into "Reach" (M, then its number), and reorder it within the cluster.
      await page.keyboard.press('Home');
      await page.keyboard.press('m');
      await page.keyboard.press('2');
      await expectFocusOnBoard(page);
      // "Reach" holds the active note, then the selected one, then the note moved in.
      await expect.poll(() => headings(dialog)).toEqual(['Cost 1 note', 'Reach 3 notes']);
      await expect.poll(() => noteTexts(dialog)).toEqual(['Cost per lead', 'Response time to questions', 'Employee advocacy posts', 'Share of voice']);
      await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => noteTexts(dialog)).toEqual(['Cost per lead', 'Response time to questions', 'Share of voice', 'Employee advocacy posts']);

      // Rename "Reach", merge "Cost" into it, then ungroup it.
      await page.keyboard.press('r');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Reach and response');
      await page.keyboard.press('Enter');
      await expectFocusOnBoard(page);
      await page.keyboard.press('Home');
      await page.keyboard.press('k');
      await page.keyboard.press('1');
      await expectFocusOnBoard(page);
      await expect.poll(() => headings(dialog)).toEqual(['Reach and response 4 notes']);

      // The projector screen passes axe in both palettes, and is kept for a look.
      await checkAccessible(page, dialog, 'light');
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `facilitator-${viewport.width}-light.png`) });
      await page.keyboard.press('Alt+KeyL');
      await expect.poll(() => dialog.getAttribute('data-theme')).toBe('dark');
      await checkAccessible(page, dialog, 'dark');
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `facilitator-${viewport.width}-dark.png`) });
      await page.keyboard.press('u');
      await expect.poll(() => headings(dialog)).toEqual(['Not yet clustered 4 notes']);

      // Every key is listed on screen; closing the list puts the focus back.
      await page.keyboard.press('Alt+KeyK');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor();
      await checkAccessible(page, help, 'help');
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `facilitator-${viewport.width}-keys.png`) });
      await page.keyboard.press('Escape');
      await expectFocusOnBoard(page);

      // The author list is the app's own: opened, chosen and closed by keyboard.
      await page.keyboard.press('Escape');
      expect(await focusedLabel(page)).toBe('New note');
      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe('Author');
      await page.keyboard.press('Enter');
      await page.getByRole('listbox', { name: 'Author' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('combobox', { name: 'Author' }).textContent()).toContain('Jürgen Baumgärtner');
      expect(await dialog.locator('select').count()).toBe(0);

      // The voting screens are the app's own controls too, and pass axe.
      for (const [title, shot] of [
        ['Shortlist', 'dots'],
        ['How mature is our measurement', 'maturity'],
      ] as const) {
        await goToItem(page, dialog, title);
        expect(await dialog.locator('select').count()).toBe(0);
        await checkAccessible(page, dialog, title);
        if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `facilitator-${viewport.width}-${shot}.png`) });
      }

      // Finishing the last item offers to mark the workshop held.
      await goToItem(page, dialog, 'Owners and reporting rhythm');
      await page.keyboard.press('Alt+KeyF');
      const offer = page.getByRole('dialog', { name: 'Mark the workshop as held?' });
      await offer.waitFor();
      await checkAccessible(page, offer, 'held offer');
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `facilitator-${viewport.width}-held.png`) });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mark workshop as held');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'held' }).textContent()).toContain('Workshop marked as held');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.workshop-view .status-pill').textContent()).toBe('Held');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
