import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Wait until the title bar says every edit reached the disk. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('status').filter({ hasText: /saved|Saving|retrying/ }).first().textContent(), { timeout: 10_000 }).toContain(
    'All changes saved',
  );
}

/** The value of a labelled field, polled (the UI may still be rendering). */
export function valueOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).inputValue();
}
