import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrameworkJson } from '../../shared/frameworks/framework-json';
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

const stageHeading = (page: Page) => page.locator('#stage-result-title').textContent();
const cellText = (page: Page, label: string) => page.getByRole('table').getByLabel(label, { exact: true }).textContent();

describe('the maturity instruments beside the assessment', () => {
  it('places, audits, tracks the six moves and curates frameworks, and keeps it all after a restart', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();

    // Ten stages: the demo is at stage 3; two more stage-4 indicators lift it to 4.
    await page.getByRole('tab', { name: 'Ten stages' }).click();
    await expect.poll(() => stageHeading(page)).toBe('Stage 3 Socializing Media');
    await page.getByLabel('Negative and neutral comments are tracked and read, not only praise.').check();
    await expect.poll(() => stageHeading(page)).toBe('Stage 4 Finding a Voice and a Sense of Purpose');
    await page.getByLabel('Effort has moved to the channels that work, and weak ones were paused or closed.').press('Space');
    await expect.poll(() => stageHeading(page)).toBe('Stage 3 Socializing Media');
    await page.getByLabel('Ideas from the community have found their way into plans.').press('Space');
    await expect.poll(() => stageHeading(page)).toBe('Stage 4 Finding a Voice and a Sense of Purpose');
    expect(await page.getByText('2 of 4 met · mostly met').count()).toBe(1);
    expect(await page.getByText(/highest stage whose indicators are mostly met/).count()).toBe(1);

    // An override needs a reason.
    await page.getByLabel('Override stage').selectOption({ label: '5 · Turning Words Into Actions' });
    await page.getByRole('button', { name: 'Apply override' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Give a reason for the override');
    await page.getByLabel('Reason for the override').fill('Customer Service already turns forum feedback into fixes every week');
    await page.getByRole('button', { name: 'Apply override' }).click();
    await expect.poll(() => stageHeading(page)).toBe('Stage 5 Turning Words Into Actions');
    expect(await page.getByText('Placed by override').count()).toBe(1);

    // Audit: tick a coverage cell and see the totals follow.
    await page.getByRole('tab', { name: 'Audit' }).click();
    expect(await cellText(page, 'Total: 15 pairs covered')).toBe('15');
    await page.getByRole('checkbox', { name: 'Marketing Research engages Customers' }).check();
    expect(await cellText(page, 'Marketing Research: 1 of 8 groups')).toBe('1');
    expect(await cellText(page, 'Customers: engaged by 6 functions')).toBe('6');
    expect(await cellText(page, 'Total: 16 pairs covered')).toBe('16');

    // First moves: start the listening program.
    await page.getByRole('tab', { name: 'First moves' }).click();
    const listening = page.getByRole('region', { name: 'Start a listening program' });
    await listening.getByLabel('Status').selectOption('in-progress');
    await expect.poll(() => page.locator('.moves__summary').textContent()).toBe('3 of 6 moves done, 3 in progress');

    // Frameworks: duplicate the CMM, rename it, export it; a malformed import names the field.
    await page.getByRole('button', { name: 'Frameworks' }).click();
    const library = page.getByRole('dialog', { name: 'Framework library' });
    await library.getByRole('button', { name: 'Duplicate' }).click();
    await library.getByLabel('Framework name').fill('Nordlicht community model');
    // Its own evidence for Strategy (a new item moved to the top, the budget line removed) and a stage summary.
    await library.getByRole('button', { name: 'Add evidence to Strategy' }).click();
    await library.getByLabel('Strategy evidence 4', { exact: true }).fill('Community goals in the yearly plan');
    await library.getByRole('button', { name: 'Move Strategy evidence 4 up' }).click();
    await library.getByRole('button', { name: 'Remove Strategy evidence 4' }).click();
    await library.getByLabel('Stage 2 summary').fill('A few teams run communities of their own.');
    await library.getByRole('button', { name: 'Save framework' }).click();
    await expect.poll(() => library.getByRole('status').textContent()).toContain('Saved “Nordlicht community model” as version 1.1.0');
    expect(await library.getByRole('list', { name: 'Evidence for Strategy' }).getByRole('listitem').allTextContents()).toEqual([
      'A written strategy and the date it was last reviewed',
      'Business goals that community initiatives name explicitly',
      'Community goals in the yearly plan',
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), library.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('Nordlicht community model.cairn-framework.json');
    // The browser may run in another process (the suite shares one): save the download here to read it.
    const saved = path.join(session.exchangeDir, download.suggestedFilename());
    await download.saveAs(saved);
    const exported = parseFrameworkJson(await readFile(saved, 'utf8'));
    expect(exported).toMatchObject({ ok: true, framework: { name: 'Nordlicht community model', version: '1.1.0', builtIn: false } });
    expect(exported.ok && exported.framework.stages[1]!.summary).toBe('A few teams run communities of their own.');

    await library.getByLabel('Import from JSON…').setInputFiles({
      name: 'broken.cairn-framework.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ id: 'broken', version: '1.0', name: 'Broken', source: '', builtIn: false, stages: 'four', competencies: [] })),
    });
    await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/broken\.cairn-framework\.json could not be imported: stages should be a list/);
    await page.keyboard.press('Escape');
    await library.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);

    // Everything is still there after a restart.
    await session.restart();
    const again = session.page;
    await again.getByRole('option', { name: /Nordlicht Outdoor GmbH/ }).click();
    await again.getByRole('tab', { name: 'Ten stages' }).click();
    await expect.poll(() => stageHeading(again)).toBe('Stage 5 Turning Words Into Actions');
    expect(await again.getByText(/Override reason: Customer Service already turns forum feedback/).count()).toBe(1);
    expect(await again.getByLabel('Ideas from the community have found their way into plans.').isChecked()).toBe(true);
    await again.getByRole('tab', { name: 'Audit' }).click();
    expect(await again.getByRole('checkbox', { name: 'Marketing Research engages Customers' }).isChecked()).toBe(true);
    expect(await cellText(again, 'Total: 16 pairs covered')).toBe('16');
    await again.getByRole('tab', { name: 'First moves' }).click();
    expect(await again.getByRole('region', { name: 'Start a listening program' }).getByLabel('Status').inputValue()).toBe('in-progress');
    await again.getByRole('button', { name: 'Frameworks' }).click();
    await expect.poll(() => again.getByRole('dialog', { name: 'Framework library' }).getByRole('navigation').textContent()).toContain('Nordlicht community model');

    expect(session.problems).toEqual([]);
    await session.close();
  });
});
