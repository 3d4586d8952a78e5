import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { seedClient } from './support/workshop-client';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const SHOTS = process.env['CAIRN_E2E_SHOTS'];

describe('opening a workspace from its summaries', () => {
  it('lists every client, opens one on demand, and says so when a document went bad since the list was made', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-open-'));
    let n = 0;
    const names = ['Nordlicht Outdoor GmbH', 'Alpenblick Hotels', 'Kraków Tram Works'];
    const ids: string[] = [];
    for (const name of names) {
      const client = { ...buildDemoClient({ newId: () => `e${(n += 1)}`, now: new Date('2026-05-01T09:00:00.000Z') }), name };
      ids.push(client.id);
      await seedClient(dataDir, client);
    }
    // The first start builds the index; the second opens from it.
    const first = await openCairn(browser, { dataDir });
    await expect.poll(() => first.page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(3);
    await expect.poll(() => readFile(path.join(dataDir, 'index', 'summaries.json'), 'utf8').then(() => true, () => false)).toBe(true);
    await first.close();
    const session = await openCairn(browser, { dataDir });
    const { page } = session;
    const list = page.getByRole('listbox', { name: 'Clients' });
    await expect.poll(() => list.getByRole('option').count()).toBe(3);
    const index = JSON.parse(await readFile(path.join(dataDir, 'index', 'summaries.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(index.entries).sort()).toEqual([...ids].sort());

    await list.getByRole('option', { name: 'Alpenblick Hotels' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Alpenblick Hotels');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'workspace-open-client.png') });

    // A sync tool leaves a broken document behind Cairn's back: the client says it cannot be opened.
    await writeFile(path.join(dataDir, 'clients', `${ids[2]}.json`), '{"format": "cairn.client-document", "sche');
    await list.getByRole('option', { name: 'Kraków Tram Works' }).click();
    await expect.poll(() => page.getByText('Kraków Tram Works could not be opened').count()).toBe(1);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'workspace-open-failed.png') });

    // Reopening the folder reads that document again (its fingerprint changed) and quarantines it.
    await session.restart();
    await expect.poll(() => session.page.getByRole('listbox', { name: 'Clients' }).getByRole('option').count()).toBe(2);
    await expect.poll(() => session.page.getByRole('alert').filter({ hasText: `quarantine/` }).count()).toBe(1);
    if (SHOTS) await session.page.screenshot({ path: path.join(SHOTS, 'workspace-open-quarantined.png') });
    expect(session.problems).toEqual([]);
    await session.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});
