// `npm run test:electron`: the built app in real Electron, driven by Playwright's
// _electron.launch. It covers what only runs inside Electron: the app:// protocol and the
// preload, the export worker threads, pdf.js's worker over app://, opening a .cairn file
// from the command line, and the flush on quit. Without the Electron runtime (machines
// that cannot download it) every test is skipped with the reason, and the run exits 0.
//
// It drives the app from dist/ with the development Electron binary: a packaged build has
// the inspector fuses off, so Playwright could not attach to it (that is the point).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { locateElectronBinary } from './support/electron-binary';

const root = path.resolve(import.meta.dirname, '..', '..');
const binary = locateElectronBinary({
  packageDir: path.join(root, 'node_modules', 'electron'),
  env: process.env,
  exists: existsSync,
  readFile: (file) => readFileSync(file, 'utf8'),
});
if (!binary.path) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `ELECTRON SMOKE TEST SKIPPED: ${'reason' in binary ? binary.reason : ''}`,
      'Run `npm start` once with internet access (it downloads the runtime), or set',
      'CAIRN_ELECTRON=/path/to/electron, then `npm run test:electron` again.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

const fixture = path.join(root, 'test', 'fixtures', 'engagement-files', 'schema-v4.cairn');
let dataDir: string;
let app: ElectronApplication | null = null;

async function launch(...extra: string[]): Promise<Page> {
  app = await _electron.launch({
    executablePath: binary.path!,
    args: [root, '--data-dir', dataDir, ...extra],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '' },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** Answer the next native save dialog with `filePath` (Playwright cannot click native dialogs). */
async function answerSaveDialog(filePath: string): Promise<void> {
  await app!.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
  }, filePath);
}

describe.skipIf(!binary.path)('Cairn in Electron', () => {
  beforeAll(() => {
    if (process.env.CAIRN_E2E_NO_BUILD === '1') return;
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }, 300_000);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-electron-'));
  });
  afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = null;
  });
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('starts, serves the page over app:// through the preload, and shows the demo client', async () => {
    const page = await launch();
    expect(page.url()).toMatch(/^app:\/\/cairn\//);
    expect(await page.evaluate(() => typeof (window as unknown as { cairn?: { hasNativeMenu?: boolean } }).cairn?.hasNativeMenu)).toBe('boolean');
    await page.getByRole('button', { name: /^Explore the demo client/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nordlicht Outdoor GmbH' }).waitFor();
  }, 120_000);

  it('previews a PDF with pdf.js, saves it and a workbook from the export worker', async () => {
    const page = await launch();
    await page.getByRole('option', { name: /Nordlicht Outdoor GmbH/ }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Export / });
    await dialog.getByRole('radio', { name: /PDF report/ }).check();
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor({ timeout: 60_000 });

    const pdfPath = path.join(dataDir, 'report.pdf');
    await answerSaveDialog(pdfPath);
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await dialog.getByText('Saved “report.pdf”.').waitFor({ timeout: 60_000 });
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');

    const workbookPath = path.join(dataDir, 'workbook.xlsx');
    await dialog.getByRole('radio', { name: /Excel workbook/ }).check();
    await answerSaveDialog(workbookPath);
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await dialog.getByText('Saved “workbook.xlsx”.').waitFor({ timeout: 60_000 });
    expect((await readFile(workbookPath)).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);

  it('opens a .cairn file given on the command line in the import preview', async () => {
    const page = await launch(fixture);
    await page.getByRole('dialog', { name: 'Import “schema-v4.cairn”' }).waitFor({ timeout: 30_000 });
  }, 120_000);

  it('saves the last edit when quitting straight after typing it', async () => {
    const page = await launch();
    await page.getByRole('option', { name: /Nordlicht Outdoor GmbH/ }).click();
    await page.getByLabel('Region').fill('Flushed on quit');
    await app!.close();
    app = null;
    const clients = path.join(dataDir, 'clients');
    const documents = await Promise.all((await readdir(clients)).filter((name) => name.endsWith('.json')).map((name) => readFile(path.join(clients, name), 'utf8')));
    expect(documents.some((text) => text.includes('Flushed on quit'))).toBe(true);
  }, 120_000);
});

// With no runtime, vitest reports the skipped suite and exits 0; this names the reason in the report too.
describe.runIf(!binary.path)('Cairn in Electron (no runtime here)', () => {
  it.skip(`skipped: ${'reason' in binary ? binary.reason : ''}`, () => undefined);
});
