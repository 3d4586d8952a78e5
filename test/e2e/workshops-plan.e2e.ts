import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { waitUntilSaved } from './support/expectations';
import { openWorkshop } from './support/facilitator-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const CLIENT = 'Nordlicht Outdoor GmbH';
const FIRST = 'Champions kickoff Munich';
const SECOND = 'Champions follow-up Lyon';
const OWN_TEMPLATE = 'Champions session, our way';

/** The agenda titles in the order shown. */
const agendaTitles = (page: Page) => page.getByRole('list', { name: 'Agenda items' }).getByRole('textbox', { name: /^Title of item/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

const workshopsTab = (page: Page) => page.getByRole('tab', { name: /^Workshops/ }).first();
const subTab = (page: Page, name: 'Workshops' | 'Actions') => page.getByRole('tablist', { name: 'Workshop views' }).getByRole('tab', { name });

async function newWorkshop(page: Page, options: { template: RegExp; title: string; place: string; stakeholders?: string[]; guest?: string }) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('radio', { name: options.template }).check();
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(options.title);
  await dialog.getByRole('textbox', { name: 'Place', exact: true }).fill(options.place);
  for (const name of options.stakeholders ?? []) await dialog.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  if (options.guest) {
    await dialog.getByLabel('Someone else (name)').fill(options.guest);
    await page.keyboard.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: options.title }).waitFor();
}

describe('planning workshops', () => {
  it('plans from a template, reorders by keyboard, saves it as a template, reuses it, and finds it all after a restart', async () => {
    const session = await openCairn(browser, { viewport: { width: 1440, height: 900 } });
    const { page } = session;
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await workshopsTab(page).click();
      await newWorkshop(page, { template: /^Stakeholders and champions/, title: FIRST, place: 'Munich flagship store', stakeholders: ['Zoë Lefèvre', 'Björn Åkesson'], guest: 'Dana Weber' });

      // Keyboard reorder on the handle: the opening item moves one down.
      expect((await agendaTitles(page)).slice(0, 2)).toEqual(['Why champions matter', 'Who has a stake']);
      await page.getByRole('button', { name: 'Move Why champions matter' }).focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(async () => (await agendaTitles(page)).slice(0, 2)).toEqual(['Who has a stake', 'Why champions matter']);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Why champions matter');

      // Edit an item and add a guest in the editor.
      await page.getByRole('spinbutton', { name: 'Minutes for Who has a stake' }).fill('25');
      await page.getByLabel('Guest name').fill('Kai from IT');
      await page.getByRole('button', { name: 'Add guest' }).click();
      const people = page.getByRole('list', { name: 'Participants' });
      await expect.poll(() => people.textContent()).toContain('Kai from IT');
      for (const name of ['Zoë Lefèvre', 'Björn Åkesson', 'Dana Weber']) expect(await people.textContent()).toContain(name);

      // Save as the consultant's own template, then start a second workshop from it.
      await page.getByRole('button', { name: 'Save as template…' }).click();
      const save = page.getByRole('dialog', { name: 'Save as template' });
      await save.getByLabel('Template name').fill(OWN_TEMPLATE);
      await save.getByRole('button', { name: 'Save template' }).click();
      await expect.poll(() => save.count()).toBe(0);
      await page.getByRole('button', { name: 'All workshops' }).click();
      await newWorkshop(page, { template: new RegExp(`^${OWN_TEMPLATE}`), title: SECOND, place: 'Lyon store' });
      expect((await agendaTitles(page)).slice(0, 2)).toEqual(['Who has a stake', 'Why champions matter']);
      expect(await page.getByRole('spinbutton', { name: 'Minutes for Who has a stake' }).inputValue()).toBe('25');
      expect(await page.getByRole('list', { name: 'Participants' }).textContent()).not.toContain('Kai from IT');
      await waitUntilSaved(page);

      await session.restart();
      await openWorkshop(session.page, CLIENT, FIRST);
      const again = session.page;
      await expect.poll(async () => (await agendaTitles(again)).slice(0, 2)).toEqual(['Who has a stake', 'Why champions matter']);
      expect(await again.getByRole('list', { name: 'Participants' }).textContent()).toContain('Kai from IT');
      await again.getByRole('button', { name: 'All workshops' }).click();
      const group = again.getByRole('region', { name: 'Social business kickoff 2026' });
      for (const title of [FIRST, SECOND, 'Maturity reassessment workshop', 'Roadmap planning: first phase']) expect(await group.textContent()).toContain(title);
      await again.getByRole('button', { name: 'New workshop' }).click();
      expect(await again.getByRole('group', { name: 'Your templates' }).textContent()).toContain(OWN_TEMPLATE);
      await again.getByRole('button', { name: `Delete the template ${OWN_TEMPLATE}` }).click();
      await expect.poll(() => again.getByRole('group', { name: 'Your templates' }).count()).toBe(0);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('shows the demo workshop’s summary and filters the client’s actions to the overdue ones', async () => {
    const session = await openCairn(browser, { viewport: { width: 1440, height: 900 } });
    const { page } = session;
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await openWorkshop(page, CLIENT, 'Maturity reassessment workshop');
      const notes = page.getByRole('region', { name: 'Notes: What we see today' });
      await expect.poll(() => notes.textContent()).toContain('We count activity, not outcomes');
      expect(await notes.getByLabel('10 dots').count()).toBe(1);
      const ratings = page.getByRole('region', { name: 'Ratings: Rate the eight competencies' });
      expect(await ratings.getByRole('row', { name: /^Culture/ }).textContent()).toContain('Split');
      expect(await page.getByRole('region', { name: /^Decisions/ }).textContent()).toContain('Target for all eight competencies');

      await subTab(page, 'Actions').click();
      await expect.poll(() => page.getByText(/of 8 actions/).textContent()).toBe('8 of 8 actions');
      await page.getByRole('checkbox', { name: /Overdue only/ }).check();
      const table = page.getByRole('table', { name: 'Actions from all workshops' });
      await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
      expect(await table.getByText('Overdue').count()).toBe(3);
      await table.getByRole('combobox', { name: /Status of “Send the draft staff guidelines/ }).selectOption('done');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
      await page.getByRole('checkbox', { name: /Overdue only/ }).uncheck();
      await page.getByRole('combobox', { name: 'Owner' }).selectOption('Zoë Lefèvre');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
