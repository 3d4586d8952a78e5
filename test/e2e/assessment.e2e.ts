import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { waitUntilSaved } from './support/expectations';

const COMPETENCIES = ['Strategy', 'Leadership', 'Culture', 'Community Management', 'Content & Programming', 'Policies & Governance', 'Tools', 'Metrics & Measurement'];
const CURRENT = [1, 2, 1, 2, 1, 1, 2, 1];
const TARGET = [4, 4, 3, 3, 3, 3, 4, 2];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const checkedIn = (page: Page, group: string) => page.getByRole('radiogroup', { name: group }).locator('[aria-checked="true"]').textContent();

async function openAssessment(page: Page, title: string) {
  await page.getByRole('tab', { name: /^Maturity/ }).click();
  await page.getByRole('navigation', { name: 'Assessments' }).getByRole('button', { name: new RegExp(title) }).click();
}

describe('a consultant assessing a client', () => {
  it('assesses all eight competencies by keyboard, sees radar and gaps, reassesses and sees the trend after a restart', async () => {
    const session = await openCairn(browser);
    let page = session.page;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    await page.getByRole('tab', { name: /^Maturity/ }).click();

    await page.getByRole('button', { name: 'New assessment' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    const engagement = dialog.getByLabel('Engagement', { exact: true });
    // The demo client may come without an engagement: then the dialog creates one.
    if ((await engagement.inputValue()) === '__new__') await dialog.getByLabel('New engagement title').fill('Baseline workshop');
    await dialog.getByLabel('Title').fill('Keyboard baseline');
    await dialog.getByLabel('Date').fill(day(0));
    await dialog.getByRole('button', { name: 'Create assessment' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Keyboard baseline' }).count()).toBe(1);

    // Current stages top-down: a digit sets the stage, Alt+↓ moves to the next competency.
    await page.getByRole('radiogroup', { name: 'Current stage for Strategy' }).getByRole('radio').first().focus();
    for (const stage of CURRENT) {
      await page.keyboard.press(String(stage));
      await page.keyboard.press('Alt+ArrowDown');
    }
    // Tab goes from the last current stage to its target; targets bottom-up with Alt+↑,
    // the first with an arrow key from a wrong digit to show arrows move the choice.
    await page.keyboard.press('Tab');
    for (let index = COMPETENCIES.length - 1; index >= 0; index -= 1) {
      if (index === 0) {
        await page.keyboard.press('3');
        await page.keyboard.press('ArrowRight');
      } else {
        await page.keyboard.press(String(TARGET[index]));
      }
      await page.keyboard.press('Alt+ArrowUp');
    }
    for (const [index, name] of COMPETENCIES.entries()) {
      expect(await checkedIn(page, `Current stage for ${name}`)).toMatch(new RegExp(`^${CURRENT[index]}`));
      expect(await checkedIn(page, `Target stage for ${name}`)).toMatch(new RegExp(`^${TARGET[index]}`));
    }
    await expect.poll(() => page.locator('.assess__progress').textContent()).toBe('8 of 8 competencies placed');

    await page.getByRole('tab', { name: 'Results' }).click();
    const radar = page.getByRole('img', { name: /Strategy/ }).and(page.locator('svg[aria-labelledby^="radar-"]'));
    await radar.waitFor();
    const gapRows = page.getByRole('table', { name: 'Gaps, largest first' }).getByRole('row');
    expect(await gapRows.nth(1).textContent()).toMatch(/^Strategy1 · Hierarchy4 · Network3/);
    expect(await page.locator('.stat__value').first().textContent()).toBe('1 · Hierarchy');

    // Reassess a year later: everything carries over; update two competencies.
    await page.getByRole('button', { name: 'Reassess', exact: true }).click();
    const again = page.getByRole('dialog', { name: 'Reassess' });
    await again.getByLabel('Title').fill('Keyboard follow-up');
    await again.getByLabel('Date').fill(day(365));
    await again.getByRole('button', { name: 'Start reassessment' }).click();
    await again.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Keyboard follow-up' }).count()).toBe(1);
    expect(await checkedIn(page, 'Target stage for Strategy')).toMatch(/^4/);
    await page.getByRole('radiogroup', { name: 'Current stage for Strategy' }).locator('[tabindex="0"]').focus();
    await page.keyboard.press('3');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    expect(await checkedIn(page, 'Current stage for Strategy')).toMatch(/^3/);
    expect(await checkedIn(page, 'Current stage for Leadership')).toMatch(/^3/);

    await page.getByRole('tab', { name: 'Trends' }).click();
    // The demo client has assessments of its own; compare the two made here.
    await page.getByLabel('Earlier assessment').selectOption({ label: `${day(0)} · Keyboard baseline` });
    const trendRow = (name: string) => page.getByRole('table', { name: 'Change per competency' }).getByRole('row', { name: new RegExp(`^${name}`) });
    await expect.poll(() => trendRow('Strategy').textContent()).toContain('↑ +2');
    expect(await trendRow('Leadership').textContent()).toContain('↑ +1');
    expect(await trendRow('Culture').textContent()).toContain('→ 0');
    await waitUntilSaved(page);

    await session.restart();
    page = session.page;
    await page.getByRole('option', { name: /Nordlicht/ }).click();
    await openAssessment(page, 'Keyboard follow-up');
    expect(await checkedIn(page, 'Current stage for Strategy')).toMatch(/^3/);
    await page.getByRole('tab', { name: 'Trends' }).click();
    await page.getByLabel('Earlier assessment').selectOption({ label: `${day(0)} · Keyboard baseline` });
    await expect.poll(() => trendRow('Strategy').textContent()).toContain('↑ +2');
    await openAssessment(page, 'Keyboard baseline');
    await page.getByRole('tab', { name: 'Assess' }).click();
    expect(await checkedIn(page, 'Current stage for Strategy')).toMatch(/^1/);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
