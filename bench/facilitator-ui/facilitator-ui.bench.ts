import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Client } from '../../shared/domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../../shared/frameworks/builtin';
import type { Workshop } from '../../shared/workshop';
import { startAppBridge } from '../../test/bridge/app-bridge';
import { launchChromium } from '../../test/e2e/support/chromium';
import { openFacilitator } from '../../test/e2e/support/facilitator-page';
import { seedClient, workshopClient } from '../../test/e2e/support/workshop-client';
import { FRAME_BUDGET_MS, formatMs, percentile } from '../stats';
import { makeBenchWorkshop } from '../workshop/workshop-bench-data';
import { armKeyProbe, armNoteProbe, awaitNoteProbe, mountPlainList, readKeyProbe, unmountPlainList, type NoteTiming } from './note-probes';
import { benchRendererDir } from '../bench-renderer';
import { runWhenMain, type BenchResult } from '../standalone';
import { referenceFigure, targetFigure } from '../figures';

export const FACILITATOR_UI_SHAPE = { notes: 2_000, samples: 60, warmup: 5, keys: 120 } as const;

/** Issue 14's targets: a note on screen within a frame (p95), and a key typed costing at most 5 ms of script. */
export const NOTE_P95_TARGET_MS = FRAME_BUDGET_MS;
export const KEY_SCRIPT_TARGET_MS = 5;

const KEY_TEXT = 'Shorter approval loops for posts ';

/** Script time per key typed into the box (with `keys` keys), warm-up keys dropped. */
async function timeKeys(page: Page, box: string, keys: number): Promise<number[]> {
  const input = page.getByLabel(box, { exact: true });
  await input.fill('');
  await input.focus();
  await page.evaluate(armKeyProbe);
  const text = KEY_TEXT.repeat(Math.ceil((keys + 10) / KEY_TEXT.length)).slice(0, keys + 10);
  await page.keyboard.type(text, { delay: 8 });
  const durations = await page.evaluate(readKeyProbe);
  await input.fill('');
  return durations.slice(10);
}

const NOTE_TEXT = '.facilitator__note-text';

const rendererDir = benchRendererDir;

/** A client holding one workshop: the bench board (2,000 revealed notes in 40 clusters), or the same board emptied. */
function benchClient(id: string, name: string, title: string, empty: boolean): Client {
  const base = workshopClient({ id });
  const board = makeBenchWorkshop(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.id));
  const workshop: Workshop = {
    ...board,
    id: `${id}-workshop`,
    title,
    engagementId: base.engagements.at(-1)!.id,
    participants: board.participants.map((participant) => ({ ...participant, stakeholderId: null })),
    ...(empty ? { notes: [], clusters: [], dotVotes: [] } : {}),
  };
  return { ...base, name, workshops: [workshop] };
}

async function timeNotes(page: Page, label: string, samples: number, warmup: number, selector: string, box: string): Promise<NoteTiming[]> {
  const timings: NoteTiming[] = [];
  for (let index = 0; index < samples + warmup; index += 1) {
    const text = `${label} note ${index}`;
    await page.getByLabel(box, { exact: true }).fill(text);
    await page.evaluate(armNoteProbe, { selector, text });
    await page.keyboard.press('Enter');
    const timing = await page.evaluate(awaitNoteProbe);
    if (index >= warmup) timings.push(timing);
  }
  return timings;
}

const summary = (timings: NoteTiming[], key: keyof NoteTiming) => {
  const values = timings.map((timing) => timing[key]);
  return { median: percentile(values, 50), p95: percentile(values, 95) };
};

/**
 * `npm run bench`, facilitator UI: a note typed into facilitator mode with 2,000 notes on
 * the board, from the Enter keydown to the note on screen, in headless Chromium over the
 * loopback bridge. Budgeted: the page's work, from the moment it handles the key to the
 * note in the DOM and laid out, p95 under one frame. Reported beside it: the same from the
 * key's own timestamp (adds any wait for a busy main thread) and to the next painted frame
 * (adds the wait for the display's frame), and all three for two baselines from this run:
 * the board at 0 notes, and a plain DOM list of 2,000 items taking the note at its top.
 * Also timed: the script each key typed into the note box costs (target ≤ 5 ms), beside
 * the same for a plain input; the two SUMMARY lines put both against issue 14's targets.
 */
export async function runFacilitatorUiBench(): Promise<BenchResult> {
  const { notes, samples, warmup } = FACILITATOR_UI_SHAPE;
  const started = performance.now();
  const dir = await rendererDir();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-bench-facilitator-'));
  await seedClient(dataDir, benchClient('bench-board-large', 'Bench board 2000', 'Bench board', false));
  await seedClient(dataDir, benchClient('bench-board-empty', 'Bench board empty', 'Bench board', true));

  const bridge = await startAppBridge({ dataDir, rendererDir: dir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    // tsx compiles with keepNames, so probe functions call esbuild's __name helper in the page.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    await page.goto(bridge.url);

    await page.evaluate(mountPlainList, notes);
    const plainKeys = await timeKeys(page, 'Plain note', FACILITATOR_UI_SHAPE.keys);
    const plain = await timeNotes(page, 'Plain', samples, warmup, '.bench-plain-note', 'Plain note');
    await page.evaluate(unmountPlainList);

    await openFacilitator(page, 'Bench board empty', 'Bench board');
    const empty = await timeNotes(page, 'Empty', samples, warmup, NOTE_TEXT, 'New note');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await openFacilitator(page, 'Bench board 2000', 'Bench board');
    const onScreen = await page.locator(NOTE_TEXT).count();
    const largeKeys = await timeKeys(page, 'New note', FACILITATOR_UI_SHAPE.keys);
    const large = await timeNotes(page, 'Large', samples, warmup, NOTE_TEXT, 'New note');
    await context.close();

    const largeWork = summary(large, 'workMs');
    const largeLaid = summary(large, 'laidOutMs');
    const largePaint = summary(large, 'paintedMs');
    const plainWork = summary(plain, 'workMs');
    const keyP95 = percentile(largeKeys, 95);
    const verdict = largeWork.p95 < NOTE_P95_TARGET_MS ? 'ok' : 'OVER';
    const keyVerdict = keyP95 <= KEY_SCRIPT_TARGET_MS ? 'ok' : 'OVER';
    const line = (name: string, timings: NoteTiming[]) => {
      const work = summary(timings, 'workMs');
      const laid = summary(timings, 'laidOutMs');
      const paint = summary(timings, 'paintedMs');
      return `    ${name}: work median ${formatMs(work.median)} (script ${formatMs(summary(timings, 'scriptMs').median)}), p95 ${formatMs(work.p95)}; from the key's timestamp median ${formatMs(laid.median)}, p95 ${formatMs(laid.p95)}; painted median ${formatMs(paint.median)}, p95 ${formatMs(paint.p95)}`;
    };
    const lines = [
      `facilitator UI in Chromium: a note typed with ${notes} notes on the board (${samples} notes, ${warmup} warm-up; ${onScreen} note cards mounted, the rest virtualized)`,
      `  SUMMARY Enter → note laid out at ${notes} notes: p95 ${formatMs(largeWork.p95)} (median ${formatMs(largeWork.median)}) · plain DOM list p95 ${formatMs(plainWork.p95)} · target p95 < ${formatMs(NOTE_P95_TARGET_MS)} ${verdict}`,
      `  SUMMARY per key typed (script, ${largeKeys.length} keys): median ${formatMs(percentile(largeKeys, 50))}, p95 ${formatMs(keyP95)} · plain DOM input p95 ${formatMs(percentile(plainKeys, 95))} · target ≤ ${formatMs(KEY_SCRIPT_TARGET_MS)} ${keyVerdict}`,
      `  Enter handled → note in the DOM and laid out (the page's work): median ${formatMs(largeWork.median)} (script ${formatMs(summary(large, 'scriptMs').median)}, the rest style and layout), p95 ${formatMs(largeWork.p95)} — budget p95 < ${formatMs(FRAME_BUDGET_MS)} ${verdict}`,
      `  from the key's own timestamp (adds waiting for a busy main thread): median ${formatMs(largeLaid.median)}, p95 ${formatMs(largeLaid.p95)}`,
      `  to the next painted frame (adds the wait for the display's frame): median ${formatMs(largePaint.median)}, p95 ${formatMs(largePaint.p95)}`,
      line('baseline, board at 0 notes', empty),
      line(`baseline, plain DOM list of ${notes} items`, plain),
      `  whole facilitator UI bench: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ];
    const figures = [
      targetFigure(`facilitator UI: Enter → note laid out with ${notes} notes, p95`, largeWork.p95, 'ms', NOTE_P95_TARGET_MS, { comparison: '<', baseline: plainWork.p95 }),
      targetFigure('facilitator UI: script per key typed, p95', keyP95, 'ms', KEY_SCRIPT_TARGET_MS, { baseline: percentile(plainKeys, 95) }),
      referenceFigure('facilitator UI: from the key timestamp p95', largeLaid.p95, 'ms', summary(empty, 'laidOutMs').p95),
      referenceFigure('facilitator UI: to the next painted frame p95', largePaint.p95, 'ms', summary(empty, 'paintedMs').p95),
      referenceFigure('facilitator UI: board at 0 notes, work p95', summary(empty, 'workMs').p95, 'ms'),
    ];
    return { lines, ok: largeWork.p95 < NOTE_P95_TARGET_MS && keyP95 <= KEY_SCRIPT_TARGET_MS, figures };
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, () => runFacilitatorUiBench());
