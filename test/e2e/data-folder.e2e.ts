import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { parseClientDocument, serializeClientDocument } from '../../shared/file-format/client-document-format';
import { createWorkspace } from '../../electron/main/services/workspace';
import { buildDemoClient } from '../../shared/demo/demo-client';
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

const readClient = async (dataDir: string, id: string): Promise<Client> => {
  const parsed = parseClientDocument(await readFile(path.join(dataDir, 'clients', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.document.client;
};

describe('a data folder shared with a sync tool', () => {
  it('never overwrites a version changed behind Cairn: the edit is kept and merged with it through the preview', async () => {
    const session = await openCairn(browser);
    const { page, dataDir } = session;
    await page.getByRole('button', { name: 'Start with an empty workspace' }).click();
    await page.keyboard.press('Control+n');
    const create = page.getByRole('dialog', { name: 'New client' });
    await create.getByLabel('Name', { exact: true }).fill('Kraków Tram Works');
    await create.getByRole('button', { name: 'Create client' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Kraków Tram Works');
    await waitUntilSaved(page);
    const id = await readClientIdFrom(dataDir);

    // Another laptop's copy arrives through the sync tool: one more stakeholder.
    const synced = await readClient(dataDir, id);
    // Written on the other laptop before the edit below: the merge adds its stakeholder, keeps the edit.
    const stamp = synced.updatedAt;
    const stakeholder = {
      id: 'from-the-other-laptop',
      createdAt: stamp,
      updatedAt: stamp,
      name: 'Zofia Wiśniewska',
      title: 'Head of Passenger Services',
      departmentId: null,
      group: 'employees' as const,
      influence: 4 as const,
      interest: 5 as const,
      isSponsor: false,
      isChampion: true,
      isCommunityLeader: false,
      contactNotes: '',
    };
    await writeFile(path.join(dataDir, 'clients', `${id}.json`), serializeClientDocument({ ...synced, stakeholders: [stakeholder] }));

    // Meanwhile the consultant types here.
    await page.getByLabel('Industry', { exact: true }).fill('Public transport');
    const banner = page.getByRole('alert').filter({ hasText: 'its file was changed on disk by another program' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Your changes are kept here');
    expect((await readClient(dataDir, id)).stakeholders.map((s) => s.name)).toEqual(['Zofia Wiśniewska']);

    await banner.getByRole('button', { name: 'Compare and merge Kraków Tram Works…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kraków Tram Works changed on disk' });
    await dialog.waitFor();
    expect(await dialog.getByRole('table', { name: 'What the import will do' }).textContent()).toContain('Stakeholders');
    await page.screenshot({ path: path.join(os.tmpdir(), 'cairn-conflict-preview.png') });
    await dialog.getByRole('button', { name: 'Merge and save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);

    const merged = await readClient(dataDir, id);
    expect(merged.industry).toBe('Public transport');
    expect(merged.stakeholders.map((s) => s.name)).toEqual(['Zofia Wiśniewska']);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

async function readClientIdFrom(dataDir: string): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const [file] = (await readdir(path.join(dataDir, 'clients'))).filter((name) => name.endsWith('.json'));
  return file!.replace(/\.json$/, '');
}

describe.skipIf(process.getuid?.() !== 0)('a read-only data folder (tmpfs remounted read-only; needs root)', () => {
  it('opens every client under a banner and changes nothing on disk', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-ro-'));
    const dataDir = path.join(root, 'data');
    await mkdir(dataDir);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dataDir]);
    try {
      const client = buildDemoClient({ newId: (() => { let n = 0; return () => `ro-${(n += 1)}`; })(), now: new Date('2026-05-01T09:00:00.000Z') });
      await createWorkspace({ dataDir }).save(client);
      await writeFile(path.join(dataDir, 'preferences.json'), JSON.stringify({ firstRunDone: true }));
      execFileSync('mount', ['-o', 'remount,ro', dataDir]);
      const before = await readFile(path.join(dataDir, 'clients', `${client.id}.json`));

      const session = await openCairn(browser, { dataDir });
      const { page } = session;
      const banner = page.getByRole('status', { name: 'Read-only data folder' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('This data folder is read-only.');
      await page.getByRole('option', { name: client.name }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(client.name);
      await page.screenshot({ path: path.join(os.tmpdir(), 'cairn-read-only.png') });
      expect(await readFile(path.join(dataDir, 'clients', `${client.id}.json`))).toEqual(before);
      await session.close();
    } finally {
      execFileSync('umount', ['-l', dataDir]);
      await rm(root, { recursive: true, force: true });
    }
  });
});
