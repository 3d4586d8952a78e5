import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const kpiStatus = (page: Page) => page.getByRole('status', { name: 'KPI status' }).textContent();

async function recordPeriod(page: Page, label: string, endDate: string, own: string, bergwelt: string, alpinx: string) {
  await page.getByLabel('New period label').fill(label);
  await page.getByLabel('New period end date').fill(endDate);
  await page.getByRole('button', { name: 'Add period' }).click();
  await page.getByLabel(`Own mentions in ${label}`).fill(own);
  await page.getByLabel(`Bergwelt mentions in ${label}`).fill(bergwelt);
  await page.getByLabel(`AlpinX mentions in ${label}`).fill(alpinx);
}

describe('the KPI plan and the organization', () => {
  it('adds share of voice, records periods until the status changes, sets roles and model, and keeps it all after a restart', async () => {
    const session = await openCairn(browser);
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();

    await page.getByRole('tab', { name: /^KPIs/ }).click();
    await page.getByRole('button', { name: 'Add from catalogue' }).click();
    const catalogue = page.getByRole('dialog', { name: 'Add a KPI from the catalogue' });
    await catalogue.getByRole('button', { name: 'Add Share of voice' }).click();
    await catalogue.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Share of voice' }).count()).toBe(1);
    // The demo plan already tracks share of voice across all channels; this one is for the forums only.
    await page.getByLabel('Name', { exact: true }).fill('Share of voice in forums');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Share of voice in forums' }).count()).toBe(1);

    await page.getByLabel('Baseline value').fill('20');
    await page.getByLabel('Baseline date').fill('2026-01-01');
    await page.getByLabel('Target value').fill('35');
    await page.getByLabel('Target date').fill('2026-12-31');
    await page.getByLabel('Owner').selectOption({ label: 'Małgorzata Wiśniewska · Community Manager' });
    await expect.poll(() => kpiStatus(page)).toContain('No data');

    // The first period: competitors become columns; nobody mentioned yet says so.
    await page.getByLabel('New period label').fill('Q1 2026');
    await page.getByLabel('New period end date').fill('2026-03-31');
    await page.getByRole('button', { name: 'Add period' }).click();
    for (const competitor of ['Bergwelt', 'AlpinX']) {
      await page.getByLabel('Competitor name').fill(competitor);
      await page.getByRole('button', { name: 'Add competitor' }).click();
    }
    await expect.poll(() => page.getByRole('status', { name: 'Share of voice in Q1 2026' }).textContent()).toBe('No mentions');
    await page.getByLabel('Own mentions in Q1 2026').fill('200');
    await page.getByLabel('Bergwelt mentions in Q1 2026').fill('500');
    await page.getByLabel('AlpinX mentions in Q1 2026').fill('300');
    await expect.poll(() => page.getByRole('status', { name: 'Share of voice in Q1 2026' }).textContent()).toBe('20%');
    await expect.poll(() => kpiStatus(page)).toContain('At risk');

    await recordPeriod(page, 'Q2 2026', '2026-06-30', '600', '500', '400');
    await expect.poll(() => page.getByRole('status', { name: 'Share of voice in Q2 2026' }).textContent()).toBe('40%');
    await expect.poll(() => kpiStatus(page)).toContain('On track');
    await expect.poll(() => kpiStatus(page)).toContain('has reached the target of 35%');

    await page.getByRole('button', { name: 'All KPIs' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Share of voice in forums/ }).textContent()).toContain('On track');

    // Organization: the demo names a community manager and the hybrid model; hand the role on and choose a Center of Excellence.
    await page.getByRole('tab', { name: 'Organization' }).click();
    const gaps = () => page.getByRole('region', { name: 'Gaps' }).textContent();
    await expect.poll(gaps).toContain('Nobody holds Content Strategist.');
    await page.getByLabel('Community Manager', { exact: true }).selectOption('');
    await expect.poll(gaps).toContain('Nobody holds Content Strategist and Community Manager.');
    await page.getByLabel('Community Manager', { exact: true }).selectOption({ label: 'Inés Castañeda · Press Officer' });
    await expect.poll(gaps).toContain('Nobody holds Content Strategist.');
    await page.getByRole('radio', { name: /Center of Excellence/ }).check();
    await page.getByLabel('Rationale').fill('Stores keep their own voice; the center coaches them and runs listening and crisis response.');
    await waitUntilSaved(page);

    await session.restart();
    const again = session.page;
    await again.getByRole('option', { name: /Nordlicht Outdoor GmbH/ }).click();
    await again.getByRole('tab', { name: /^KPIs/ }).click();
    const row = again.getByRole('row', { name: /Share of voice in forums/ });
    await expect.poll(() => row.textContent()).toContain('On track');
    await row.getByRole('button', { name: 'Share of voice in forums' }).click();
    expect(await again.getByLabel('Own mentions in Q2 2026').inputValue()).toBe('600');
    expect(await again.getByLabel('AlpinX mentions in Q1 2026').inputValue()).toBe('300');
    expect(await again.getByLabel('Target value').inputValue()).toBe('35');
    await again.getByRole('tab', { name: 'Organization' }).click();
    expect(await again.getByLabel('Community Manager', { exact: true }).locator('option:checked').textContent()).toBe('Inés Castañeda · Press Officer');
    expect(await again.getByRole('radio', { name: /Center of Excellence/ }).isChecked()).toBe(true);
    expect(await again.getByLabel('Rationale').inputValue()).toContain('the center coaches them');

    expect(session.problems).toEqual([]);
    await session.close();
  });
});
