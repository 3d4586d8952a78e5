import type { Locator, Page } from 'playwright-core';

/** The facilitator-mode dialog of a workshop. */
export const facilitatorDialog = (page: Page, title: string): Locator => page.getByRole('dialog', { name: `Facilitator mode: ${title}` });

/**
 * Client → Workshops tab → the workshop's "Facilitate" button, pressed with the keyboard.
 * The planning view may show the button in a workshop's detail; when it is not on the
 * list, the workshop is opened first.
 */
export async function openFacilitator(page: Page, clientName: string, workshopTitle: string): Promise<Locator> {
  await page.getByRole('option', { name: new RegExp(clientName) }).click();
  await page.getByRole('tab', { name: /^Workshops/ }).click();
  const facilitate = page.getByRole('button', { name: /^Facilitate/ });
  if ((await facilitate.count()) === 0) await page.getByText(workshopTitle, { exact: true }).first().click();
  await facilitate.first().focus();
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
