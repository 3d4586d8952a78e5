import type { Locator, Page } from 'playwright-core';

/** The facilitator-mode dialog of a workshop. */
export const facilitatorDialog = (page: Page, title: string): Locator => page.getByRole('dialog', { name: `Facilitator mode: ${title}` });

/** Client → Workshops tab → the workshop's own view (plan, summary, Facilitate). */
export async function openWorkshop(page: Page, clientName: string, workshopTitle: string): Promise<void> {
  await page.getByRole('option', { name: new RegExp(clientName) }).click();
  await page.getByRole('tab', { name: /^Workshops/ }).first().click();
  const facilitate = page.getByRole('button', { name: /^Facilitate/ });
  if ((await facilitate.count()) === 0) await page.getByRole('button', { name: new RegExp(`^${workshopTitle},`) }).click();
  await facilitate.waitFor();
}

/** Opens the workshop, then presses its "Facilitate" button with the keyboard. */
export async function openFacilitator(page: Page, clientName: string, workshopTitle: string): Promise<Locator> {
  await openWorkshop(page, clientName, workshopTitle);
  await page.getByRole('button', { name: /^Facilitate/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = facilitatorDialog(page, workshopTitle);
  await dialog.waitFor();
  return dialog;
}

/** The accessible name of the focused element (for keyboard-only assertions). */
export const focusedLabel = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? (element as HTMLElement | null)?.textContent ?? null;
  });

/** Pages forward (Page Down) until the current agenda item has this title. */
export async function goToItem(page: Page, dialog: Locator, title: string): Promise<void> {
  for (let step = 0; step < 20; step += 1) {
    const current = await dialog.getByRole('heading', { level: 1 }).textContent();
    if (current === title) return;
    await page.keyboard.press('PageDown');
  }
  throw new Error(`no agenda item titled ${title}`);
}
