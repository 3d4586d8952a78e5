import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'engagement-files', 'schema-v4.cairn');
/** What Electron's main does when the OS hands over files: queue them, then tell the page. */
const emit = (page: Page, event: string, payload: unknown) =>
  page.evaluate(([name, value]) => (window as unknown as { __cairnBridge: { emit(e: string, p: unknown): void } }).__cairnBridge.emit(name as string, value), [event, payload] as const);

describe('the desktop shell, through the bridge', () => {
  it('shows the import preview for a .cairn file the OS opened, then the next one, and refuses a bad one by name', async () => {
    const session = await openCairn(browser);
    const { page, bridge } = session;
    try {
      await page.getByRole('button', { name: 'Start with an empty workspace' }).click();
      await page.getByRole('button', { name: 'Import…' }).waitFor();
      const bad = path.join(session.exchangeDir, 'not-really.cairn');
      await writeFile(bad, '{"format": "something else"}');
      bridge.openFiles([fixture, bad]);
      await emit(page, 'filesOpened', null);

      const preview = page.getByRole('dialog', { name: 'Import “schema-v4.cairn”' });
      await preview.waitFor({ timeout: 20_000 });
      await preview.getByRole('button', { name: /^Import as new client$/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();

      const refused = page.getByRole('dialog', { name: 'Cairn can’t import “not-really.cairn”' });
      await refused.waitFor({ timeout: 20_000 });
      expect(await refused.getByRole('alert').textContent()).toMatch(/not a Cairn engagement file/);
      await refused.getByRole('button', { name: 'OK' }).click();
    } finally {
      await session.close();
    }
  });

  it('runs File ▸ Import… and File ▸ Back Up Workspace… sent by the native menu', async () => {
    const session = await openCairn(browser);
    const { page, bridge } = session;
    try {
      await page.getByRole('button', { name: 'Explore the demo client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
      bridge.queueFileChoice(fixture);
      await emit(page, 'menuCommand', 'import');
      const preview = page.getByRole('dialog', { name: 'Import “schema-v4.cairn”' });
      await preview.waitFor({ timeout: 20_000 });
      await preview.getByRole('button', { name: 'Cancel' }).click();

      const folder = session.exchangeDir;
      await mkdir(folder, { recursive: true });
      bridge.queueFileChoice(path.join(folder, 'all.cairn-backup'));
      await emit(page, 'menuCommand', 'backup');
      await page.getByText(/^Saved all\.cairn-backup with \d+ clients?\.$/).waitFor({ timeout: 20_000 });
      expect((await readFile(path.join(folder, 'all.cairn-backup'), 'utf8')).length).toBeGreaterThan(100);
    } finally {
      await session.close();
    }
  });
});
