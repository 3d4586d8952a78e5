import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLargeDemoClient } from '../../shared/demo/large-demo';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import { launchChromium } from './support/chromium';
import { openCairn, type CairnSession } from './support/cairn-session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  return page.getByRole('dialog', { name: /^Export / });
}

/** A folder beside the data folder (removed with it in the test's cleanup of tmp). */
async function exportsFolder(session: CairnSession): Promise<string> {
  const folder = path.join(session.dataDir, 'exports');
  await mkdir(folder, { recursive: true });
  return folder;
}

describe('exporting deliverables', () => {
  it('previews the PDF report with a section left out, saves it and an Excel workbook with progress, named for client, engagement and date', async () => {
    const session = await openCairn(browser);
    const { page, bridge } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    const dialog = await openExportDialog(page);
    const engagement = (await dialog.getByLabel('Engagement').locator('option:checked').textContent()) ?? '';
    expect(engagement).not.toBe('All engagements');

    await dialog.getByRole('checkbox', { name: 'Appendix: method' }).uncheck();
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor({ timeout: 30_000 });
    expect(await dialog.getByText(/^\d+ pages?$/).textContent()).toMatch(/pages?/);

    const folder = await exportsFolder(session);
    const pdfPath = path.join(folder, 'report.pdf');
    bridge.queueFileChoice(pdfPath);
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await dialog.getByText('Saved “report.pdf”.').waitFor({ timeout: 30_000 });
    expect(bridge.dialogs.at(-1)?.defaultPath).toBe(`Nordlicht Outdoor GmbH – ${engagement} – ${today()}.pdf`);
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
    // The consultant's story and a findings page per competency reach the client's PDF.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Recommendations');
    expect(text).toContain('Culture and measurement hold Nordlicht back');
    expect(text).toContain('FINDINGS · 8 OF 8');

    await dialog.getByRole('radio', { name: /Excel workbook/ }).check();
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('table', { name: 'Workbook sheets' }).waitFor({ timeout: 30_000 });
    const xlsxPath = path.join(folder, 'workbook.xlsx');
    bridge.queueFileChoice(xlsxPath);
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await dialog.getByText('Saved “workbook.xlsx”.').waitFor({ timeout: 30_000 });
    // The save dialog opens where the last file went.
    expect(bridge.dialogs.at(-1)?.defaultPath).toBe(path.join(folder, `Nordlicht Outdoor GmbH – ${engagement} – ${today()}.xlsx`));
    expect((await readFile(xlsxPath)).subarray(0, 2).toString()).toBe('PK');

    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows progress while the large demo builds, and Cancel stops it leaving no file, not even a temporary one', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-export-'));
    const client = buildLargeDemoClient();
    await mkdir(path.join(dataDir, 'clients'), { recursive: true });
    await writeFile(path.join(dataDir, 'clients', `${client.id}.json`), serializeClientDocument(client));
    const session = await openCairn(browser, { dataDir });
    const { page, bridge } = session;
    try {
      await page.getByRole('option', { name: client.name }).click();
      const dialog = await openExportDialog(page);
      const folder = await exportsFolder(session);
      bridge.queueFileChoice(path.join(folder, 'cancelled.pdf'));
      await dialog.getByRole('button', { name: 'Save…' }).click();
      const bar = dialog.getByRole('progressbar', { name: 'Saving cancelled.pdf' });
      await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
      await dialog.getByRole('button', { name: 'Cancel export' }).click();
      await dialog.getByText('Cancelled; nothing was saved.').waitFor();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await readdir(folder)).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
