import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations, unreachableControls, withoutIgnored } from './support/axe';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const THEMES = ['light', 'dark'] as const;

/**
 * TEMPORARY: known serious violations in areas being reworked on other branches (the
 * roadmap views, facilitator mode, the app header and navigation), and the welcome cards,
 * whose names tests and scripts rely on. Each entry names the rule and a piece of the
 * offending selector; remove it once its area is fixed.
 */
const KNOWN_ELSEWHERE: { rule: string; target: string; why: string }[] = [
  { rule: 'label-content-name-mismatch', target: 'button[aria-label="Suggestions (', why: 'roadmap: the suggestions button shows its count as a badge' },
  { rule: 'label-content-name-mismatch', target: '.rm-card', why: 'roadmap board: a card is named by its title but shows status, dates and owner too' },
  { rule: 'label-content-name-mismatch', target: 'div[aria-label=', why: 'roadmap board: a card is named by its title but shows more' },
  { rule: 'label-content-name-mismatch', target: '.chart-button[data-quadrant-of=', why: 'roadmap matrix: a dot is named by its initiative, its visible text is the number' },
];

/** Checks the page as it is, in both themes; returns one line per problem. */
async function check(page: Page, screen: string): Promise<string[]> {
  const lines: string[] = [];
  for (const theme of THEMES) {
    // Reduced motion turns the app's transitions off, so contrast is measured on the final colours.
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.waitForTimeout(100);
    lines.push(...describeViolations(`${screen} (${theme})`, withoutIgnored(await seriousAxeViolations(page), KNOWN_ELSEWHERE)));
  }
  lines.push(...(await unreachableControls(page)).map((problem) => `${screen}: ${problem}`));
  if (process.env['CAIRN_E2E_SHOTS']) await page.screenshot({ path: path.join(process.env['CAIRN_E2E_SHOTS'], `a11y-${screen.replace(/[^a-z0-9]+/gi, '-')}.png`) });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  return lines;
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Client sections' }).getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('tabpanel').first().waitFor();
}

/** Checks the open client section, then each view of its own tabs (Maturity: Assess, Ratings, Results…). */
async function checkSectionAndViews(page: Page, section: string): Promise<string[]> {
  const lines = await check(page, section);
  const views = page.locator('[role="tablist"]:not([aria-label="Client sections"])').first();
  if ((await views.count()) === 0) return lines;
  const names = (await views.getByRole('tab').allInnerTexts()).map((name) => name.trim());
  for (const name of names.slice(1)) {
    await views.getByRole('tab', { name, exact: true }).click();
    lines.push(...(await check(page, `${section} ${name}`)));
  }
  return lines;
}

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

describe('accessibility', () => {
  it('every main screen of the demo client has no serious or critical axe violations in light and dark, and every control is reachable', async () => {
    const session = await openCairn(browser);
    const { page, bridge } = session;
    const found: string[] = [];
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).waitFor();
      found.push(...(await check(page, 'welcome')));

      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      found.push(...(await check(page, 'client list and overview')));

      // Every client section, and every view inside it (maturity results, roadmap board, table, matrix, timeline…).
      for (const tab of ['Departments', 'Stakeholders', 'Organization', 'Engagements', 'Maturity', 'Ten stages', 'Audit', 'First moves', 'Roadmap', 'KPIs', 'History']) {
        await openTab(page, tab);
        found.push(...(await checkSectionAndViews(page, tab)));
      }

      await openTab(page, 'Workshops');
      found.push(...(await checkSectionAndViews(page, 'Workshops plan')));
      await page.locator('[role="tablist"]:not([aria-label="Client sections"])').first().getByRole('tab', { name: 'Workshops', exact: true }).click();
      await page.getByRole('button', { name: /^Maturity reassessment workshop,/ }).click();
      await page.getByRole('button', { name: /^Facilitate/ }).waitFor();
      found.push(...(await check(page, 'Workshop')));
      await page.getByRole('button', { name: /^Facilitate/ }).click();
      const facilitator = page.getByRole('dialog', { name: /^Facilitator mode: / });
      await facilitator.waitFor();
      found.push(...(await check(page, 'Facilitator mode')));
      await closeDialog(page, facilitator);

      await page.getByRole('button', { name: 'Export…' }).click();
      const exportDialog = page.getByRole('dialog', { name: /^Export / });
      await exportDialog.waitFor();
      found.push(...(await check(page, 'Export dialog')));
      await closeDialog(page, exportDialog);

      const file = path.join(session.exchangeDir, 'nordlicht.cairn');
      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Export client file…' }).click();
      await page.getByText('Saved nordlicht.cairn.').waitFor({ timeout: 20_000 });
      bridge.queueFileChoice(file);
      await page.getByRole('button', { name: 'Import…' }).click();
      const preview = page.getByRole('dialog', { name: 'Import “nordlicht.cairn”' });
      await preview.waitFor();
      await preview.getByRole('radio', { name: 'As a new client' }).check();
      found.push(...(await check(page, 'Import preview')));
      await closeDialog(page, preview);

      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: /Settings/ });
      await settings.waitFor();
      found.push(...(await check(page, 'Settings dialog')));
      await closeDialog(page, settings);

      await page.getByRole('button', { name: 'Frameworks' }).click();
      const library = page.getByRole('dialog', { name: 'Framework library' });
      await library.waitFor();
      found.push(...(await check(page, 'Framework library')));
      await closeDialog(page, library);

      expect(found, found.join('\n')).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  }, 240_000);
});
