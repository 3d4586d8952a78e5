import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientDocument } from '../../shared/file-format/client-document-format';
import { launchChromium } from './support/chromium';
import { goToItem, openFacilitator, openWorkshop } from './support/facilitator-page';
import { WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE, seedClient, workshopClient } from './support/workshop-client';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const BRAINSTORM = 'What would show progress';

/** The backend in its own process (`npm run preview`), so it can be killed like a crashing app. */
async function startBackend(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bridge/preview.ts', '--data-dir', dataDir, '--json'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the backend exited early (${code})`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return { child, url };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

let browser: Browser;
let dataDir: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-facilitate-kill-'));
  await seedClient(dataDir, workshopClient());
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await browser.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function openPage(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('capturing notes when the backend is killed', () => {
  it('keeps every note typed more than a second before a SIGKILL mid-capture', async () => {
    const first = await startBackend(dataDir);
    children.push(first.child);
    const page = await openPage(first.url);
    const dialog = await openFacilitator(page, WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE);
    await goToItem(page, dialog, BRAINSTORM);

    // Type at a steady pace; the kill lands in the middle of it and typing goes on after.
    const typed: { text: string; at: number }[] = [];
    let killedAt = Number.POSITIVE_INFINITY;
    const started = Date.now();
    for (let index = 0; Date.now() - started < 4_500; index += 1) {
      const text = `Note ${index} typed`;
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      typed.push({ text, at: Date.now() });
      if (killedAt === Number.POSITIVE_INFINITY && Date.now() - started > 3_500) {
        first.child.kill('SIGKILL');
        killedAt = Date.now();
        await exited(first.child);
      }
      await page.waitForTimeout(60);
    }
    await page.context().close();
    const older = typed.filter((note) => note.at < killedAt - 1_000).map((note) => note.text);
    expect(older.length).toBeGreaterThanOrEqual(3);
    expect(typed.some((note) => note.at > killedAt)).toBe(true);

    // Restart on the same data folder: the file holds them, and so does the workshop summary.
    const second = await startBackend(dataDir);
    children.push(second.child);
    try {
      const parsed = parseClientDocument(await readFile(path.join(dataDir, 'clients', 'halden.json'), 'utf8'));
      if (!parsed.ok) throw new Error('the client file did not parse after the kill');
      const saved = new Set(parsed.document.client.workshops[0]!.notes.map((note) => note.text));
      expect(older.filter((text) => !saved.has(text))).toEqual([]);

      const reopened = await openPage(second.url);
      await openWorkshop(reopened, WORKSHOP_CLIENT_NAME, WORKSHOP_TITLE);
      await reopened.getByRole('button', { name: 'Summary', exact: true }).click();
      const board = reopened.getByRole('region', { name: `Notes: ${BRAINSTORM}` });
      const shown = await board.getByRole('listitem').allTextContents();
      expect(older.filter((text) => !shown.some((line) => line.includes(text)))).toEqual([]);
      await reopened.context().close();
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  });
});
