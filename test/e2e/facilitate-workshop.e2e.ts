import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { waitUntilSaved } from './support/expectations';
import { facilitatorDialog, focusedLabel, goToItem, openFacilitator, openWorkshop } from './support/facilitator-page';
import { WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE, seedClient, workshopClient } from './support/workshop-client';

let browser: Browser;
let dataDir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-facilitate-'));
  await seedClient(dataDir, workshopClient());
});
afterAll(async () => {
  await browser.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('facilitating a template workshop by keyboard', () => {
  it('captures notes in private mode, votes by proxy, rates maturity and records actions; all of it is there after a restart', async () => {
    const session = await openCairn(browser, { dataDir, viewport: { width: 1600, height: 1000 } });
    const { page } = session;
    try {
      const dialog = await openFacilitator(page, WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE);

      // Brainstorm in private mode: the note box has the focus, notes stay hidden until the reveal.
      await goToItem(page, dialog, 'What would show progress');
      expect(await focusedLabel(page)).toBe('New note');
      await page.keyboard.type('@jürgen Share of voice');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Time to resolve a question');
      await page.keyboard.press('Enter');
      await page.keyboard.type('@zoë Employee advocacy posts');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Private mode' }).textContent()).toContain('3 notes hidden until the reveal');
      expect(await dialog.getByRole('listbox', { name: 'Notes' }).getByRole('option').count()).toBe(0);
      await page.keyboard.press('Alt+KeyR');
      await expect.poll(() => dialog.getByRole('listbox', { name: 'Notes' }).getByRole('option').count()).toBe(3);
      expect(await dialog.getByRole('listbox', { name: 'Notes' }).getByRole('option').first().textContent()).toContain('Employee advocacy postsZoë Lefèvre');

      // Down to the board (newest note first), group it into a labelled cluster.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('g');
      await page.keyboard.type('Advocacy');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.locator('[data-cluster-heading]', { hasText: /^Advocacy/ }).count()).toBe(1);

      // Dot vote by proxy: four dots each; the fifth is refused with a message.
      await goToItem(page, dialog, 'Shortlist');
      await dialog.getByRole('listitem').filter({ hasText: 'Share of voice' }).focus();
      for (let dot = 0; dot < 4; dot += 1) await page.keyboard.press('+');
      await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'dots left' }).textContent()).toContain('0 of 4 dots left');
      await page.keyboard.press('+');
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('has already placed all 4 dots');
      await dialog.getByLabel('Voting for').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => dialog.getByRole('combobox', { name: 'Voting for' }).textContent()).not.toContain('Jürgen');
      await dialog.getByRole('listitem').filter({ hasText: 'Advocacy' }).first().focus();
      await page.keyboard.press('+');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('+');
      // Results stay hidden until the reveal.
      expect(await dialog.getByRole('list', { name: 'Dot vote results' }).count()).toBe(0);
      await page.keyboard.press('Alt+KeyR');
      const results = dialog.getByRole('list', { name: 'Dot vote results' });
      await expect.poll(() => results.getByRole('listitem').first().textContent()).toContain('Share of voice4 dots · 1 person');

      // Maturity vote: number keys on the competency row, one participant after another.
      await goToItem(page, dialog, 'How mature is our measurement');
      const stages: [string, string][] = [
        ['Jürgen Baumgärtner', '3'],
        ['Zoë Lefèvre', '2'],
        ['Cy Walsh', '3'],
      ];
      for (const [index, [, stage]] of stages.entries()) {
        if (index > 0) {
          await dialog.getByLabel('Rating for').focus();
          await page.keyboard.press('ArrowDown');
        }
        await dialog.getByRole('group', { name: /^Ratings of/ }).getByLabel(/^Metrics & Measurement/).focus();
        await page.keyboard.press(stage);
      }
      await page.keyboard.press('Alt+KeyR');
      await expect.poll(() => dialog.getByLabel('Distribution of ratings').textContent()).toContain('Metrics & Measurement: median 3');
      await page.keyboard.press('Alt+KeyF');
      await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'assessment' }).textContent()).toContain('ratings are in the engagement’s assessment');

      // Decisions and actions, captured by shortcut.
      await goToItem(page, dialog, 'Owners and reporting rhythm');
      await page.keyboard.press('Alt+KeyA');
      await page.keyboard.type('Report share of voice monthly');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Zoë Lefèvre');
      await page.keyboard.press('Tab');
      await page.keyboard.type('12152026');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Alt+KeyD');
      await page.keyboard.type('Track four KPIs from January');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('region', { name: 'Actions' }).textContent()).toContain('Report share of voice monthlyZoë Lefèvre · due 15 Dec 2026');

      await page.keyboard.press('Escape');
      await expect.poll(() => facilitatorDialog(page, WORKSHOP_TITLE).count()).toBe(0);
      await waitUntilSaved(page);

      await session.restart();
      // The workshop's summary: notes by cluster with their dots, decisions, actions.
      await openWorkshop(session.page, WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE);
      await session.page.getByRole('button', { name: 'Summary', exact: true }).click();
      const notes = session.page.getByRole('region', { name: 'Notes: What would show progress' });
      await expect.poll(() => notes.textContent()).toContain('3 notes');
      for (const text of ['Share of voice', 'Time to resolve a question', 'Employee advocacy posts', 'Advocacy']) expect(await notes.textContent()).toContain(text);
      expect(await notes.getByLabel('4 dots').count()).toBeGreaterThan(0);
      expect(await session.page.getByRole('region', { name: /^Decisions/ }).textContent()).toContain('Track four KPIs from January');
      expect(await session.page.getByRole('region', { name: /^Actions/ }).textContent()).toContain('Report share of voice monthly');

      // The ratings are per-participant ratings of the engagement's assessment.
      await session.page.getByRole('tab', { name: /^Maturity/ }).click();
      await session.page.getByRole('tab', { name: 'Ratings' }).click();
      expect(await session.page.getByLabel('Jürgen Baumgärtner’s rating for Metrics & Measurement').inputValue()).toBe('3');
      expect(await session.page.getByLabel('Zoë Lefèvre’s rating for Metrics & Measurement').inputValue()).toBe('2');
      expect(await session.page.getByLabel('Cy Walsh’s rating for Metrics & Measurement').inputValue()).toBe('3');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
