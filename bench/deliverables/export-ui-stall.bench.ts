import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildLargeDemoClient } from '../../shared/demo/large-demo';
import type { Client } from '../../shared/domain/client';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import { startAppBridge, type AppBridge } from '../../test/bridge/app-bridge';
import { launchChromium } from '../../test/e2e/support/chromium';
import { formatMs } from '../stats';
import { busyLoop, startStallProbe, stopStallProbe, type StallReading } from './stall-probes';
import { benchRendererDir } from '../bench-renderer';
import { runWhenMain, type BenchResult } from '../standalone';
import { referenceFigure, targetFigure } from '../figures';

/** RAIL: a task over 50 ms is one the consultant can feel as a stuck click or a frozen bar. */
export const EXPORT_UI_STALL_BUDGET_MS = 50;
const IDLE_MS = 3_000;

const rendererDir = benchRendererDir;

interface ExportRun {
  format: string;
  stall: StallReading;
  seconds: number;
  bytes: number;
}

/** Save one export through the dialog and probe the page's main thread until it is done. */
async function timeExport(page: Page, bridge: AppBridge, format: 'Excel workbook' | 'PDF report', target: string): Promise<ExportRun> {
  const dialog = page.getByRole('dialog', { name: /^Export / });
  await dialog.getByRole('radio', { name: new RegExp(format) }).check();
  bridge.queueFileChoice(target);
  await page.evaluate(startStallProbe);
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await dialog.getByText(`Saved “${path.basename(target)}”.`).waitFor({ timeout: 300_000 });
  const seconds = (performance.now() - started) / 1000;
  const stall = await page.evaluate(stopStallProbe);
  return { format, stall, seconds, bytes: (await stat(target)).size };
}

/**
 * `npm run bench`, export UI stall: the largest demo engagement exported to xlsx and pdf
 * through the Export dialog, in headless Chromium over the loopback bridge. The build runs
 * in a worker thread of main; the page only polls for progress, so its main thread should
 * never be busy for more than 50 ms. Printed beside the same probe on the idle page.
 */
export async function runExportUiStallBench(client: Client = buildLargeDemoClient()): Promise<BenchResult> {
  const dir = await rendererDir();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-bench-export-ui-'));
  await mkdir(path.join(dataDir, 'clients'), { recursive: true });
  await writeFile(path.join(dataDir, 'clients', `${client.id}.json`), serializeClientDocument(client));
  // Beside the data folder: Cairn never saves an export inside it.
  const out = `${dataDir}-out`;
  await mkdir(out);

  const bridge = await startAppBridge({ dataDir, rendererDir: dir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx compiles with keepNames, so probe functions call esbuild's __name helper in the page.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByRole('option', { name: client.name }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: /^Export / }).waitFor();

    await page.evaluate(startStallProbe);
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idle = await page.evaluate(stopStallProbe);

    // The probe must be able to see a stall: a deliberate 120 ms busy loop has to read as one.
    await page.evaluate(startStallProbe);
    await page.evaluate(busyLoop, 120);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const calibration = await page.evaluate(stopStallProbe);
    if (calibration.longestTask < 100) throw new Error(`the stall probe missed a 120 ms busy loop (read ${formatMs(calibration.longestTask)})`);

    const runs = [await timeExport(page, bridge, 'Excel workbook', path.join(out, 'large.xlsx')), await timeExport(page, bridge, 'PDF report', path.join(out, 'large.pdf'))];
    await context.close();

    const worst = Math.max(...runs.map((run) => run.stall.longestTask));
    const ok = worst < EXPORT_UI_STALL_BUDGET_MS;
    const describe = (reading: StallReading) =>
      `longest task ${reading.longTasks === 0 ? 'none over 50 ms' : formatMs(reading.longestTask)} (${reading.longTasks} long), longest frame gap ${formatMs(reading.longestFrameGap)} over ${reading.frames} frames`;
    const sizes = `${client.initiatives.length} initiatives, ${client.workshops.length} workshops, ${client.kpis.length} KPIs`;
    const lines = [
      `export UI stall in Chromium: the large demo (${sizes}) saved through the Export dialog`,
      ...runs.map(
        (run) =>
          `  ${run.format} (${(run.bytes / 1_000_000).toFixed(1)} MB, ${run.seconds.toFixed(1)} s): ${describe(run.stall)} — budget < ${formatMs(EXPORT_UI_STALL_BUDGET_MS)} ${run.stall.longestTask < EXPORT_UI_STALL_BUDGET_MS ? 'ok' : 'OVER'}`,
      ),
      `    baseline, same page idle for ${IDLE_MS / 1000} s: ${describe(idle)}`,
      `    probe check, a deliberate 120 ms busy loop: longest task ${formatMs(calibration.longestTask)}, longest frame gap ${formatMs(calibration.longestFrameGap)}`,
    ];
    const figures = [
      ...runs.map((run) => targetFigure(`export UI stall: ${run.format}, longest main-thread task`, run.stall.longestTask, 'ms', EXPORT_UI_STALL_BUDGET_MS, { comparison: '<', baseline: idle.longestTask })),
      ...runs.map((run) => referenceFigure(`export UI stall: ${run.format}, export time`, run.seconds * 1000, 'ms')),
    ];
    return { lines, ok, figures };
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, () => runExportUiStallBench());
