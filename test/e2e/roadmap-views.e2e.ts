import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDemoClient } from '../../shared/demo/demo-client';
import { serializeClientDocument } from '../../shared/file-format/client-document-format';
import { makeInitiative } from '../../shared/roadmap/initiative-factory';
import { makeBenchRoadmap } from '../../bench/roadmap/roadmap-bench-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openCairn } from './support/cairn-session';
import { waitUntilSaved } from './support/expectations';

const q = (year: number, quarter: 1 | 2 | 3 | 4) => ({ kind: 'quarter' as const, year, quarter });

/** The demo client with a small roadmap of its own, written where Cairn keeps clients. */
async function dataDirWithRoadmap(options: { large?: boolean } = {}): Promise<{ dataDir: string; clientName: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-views-'));
  let next = 0;
  const demo = buildDemoClient({ newId: () => `demo-${(next += 1)}`, now: new Date('2026-03-02T09:00:00.000Z') });
  const initiatives = [
    makeInitiative({ id: 'leader', title: 'Appoint a community manager', status: 'done', impact: 5, effort: 2, start: q(2026, 1), end: q(2026, 1) }),
    makeInitiative({ id: 'steering', title: 'Social media committee', status: 'done', impact: 4, effort: 2, start: q(2026, 1), end: q(2026, 2), order: 1 }),
    makeInitiative({ id: 'listening', title: 'Listening programme', track: 'external', impact: 4, effort: 4, start: q(2026, 2), end: q(2026, 4), dependsOn: ['steering'] }),
    makeInitiative({ id: 'care-pilot', title: 'Social customer care pilot', phase: 'shape', track: 'external', status: 'in-progress', impact: 4, effort: 3, start: q(2026, 4), end: q(2027, 1), dependsOn: ['listening'] }),
    makeInitiative({ id: 'advocates', title: 'Employee advocates', phase: 'shape', impact: 2, effort: 1, status: 'idea', start: { kind: 'date', date: '2026-11-15' }, end: null, dependsOn: ['listening'] }),
    makeInitiative({ id: 'recycling', title: 'Recycling stories with Alpine Textiles', phase: 'develop', track: 'external', impact: 3, effort: 2, status: 'idea', start: q(2027, 3), end: q(2027, 4) }),
    makeInitiative({ id: 'crm', title: 'CRM integration', phase: 'innovate', impact: 2, effort: 5, status: 'idea' }),
  ];
  await mkdir(path.join(dataDir, 'clients'), { recursive: true });
  const roadmap = options.large ? makeBenchRoadmap({ initiatives: 1_000, edges: 1_500 }) : initiatives;
  await writeFile(path.join(dataDir, 'clients', `${demo.id}.json`), serializeClientDocument({ ...demo, initiatives: roadmap }));
  return { dataDir, clientName: demo.name };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openView(page: Page, view: 'Timeline' | 'Matrix' | 'Table') {
  await page.getByRole('tab', { name: 'Roadmap', exact: true }).click();
  await page.getByRole('tablist', { name: 'Roadmap views' }).getByRole('tab', { name: view }).click();
}

/** Titles of the table rows in the order shown (the title column is the second cell). */
const tableTitles = (page: Page) =>
  page
    .getByRole('table', { name: 'Initiatives' })
    .locator('tbody tr[data-index]')
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[1]?.textContent ?? ''));

describe('the roadmap in other views', () => {
  it('shows the demo roadmap on the timeline and the matrix, sorts and bulk edits in the table, and keeps the edit', async () => {
    const { dataDir, clientName } = await dataDirWithRoadmap();
    const session = await openCairn(browser, { dataDir });
    const { page } = session;
    await page.getByRole('option', { name: clientName }).click();

    await openView(page, 'Timeline');
    const timeline = page.getByRole('group', { name: /^Initiatives from Q\d \d{4} to Q\d \d{4}$/ });
    await timeline.waitFor();
    const to = page.getByRole('combobox', { name: 'To quarter' });
    await to.selectOption({ label: 'Q4 2027' });
    await expect.poll(() => timeline.getByRole('button').count()).toBe(6);
    const leaderBar = timeline.getByRole('button', { name: /^Appoint a community manager; Q1 2026 to Q1 2026; Done/ });
    await leaderBar.focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Edit “Appoint a community manager”' });
    await editor.waitFor();
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });
    expect(await page.locator('.timeline__link').count()).toBe(3);
    // The advocates start on 15 November, before the listening programme ends with Q4.
    expect(await timeline.getByRole('button', { name: /^Employee advocates;.*scheduling conflict: starts before Listening programme ends/ }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Not on the timeline' }).getByRole('button', { name: /CRM integration/ }).count()).toBe(1);

    await openView(page, 'Matrix');
    const matrix = page.getByRole('group', { name: '7 initiatives by impact and effort' });
    await expect.poll(() => matrix.getByRole('button').count()).toBe(7);
    expect(await matrix.getByRole('button', { name: 'Appoint a community manager: impact 5, effort 2, quick win' }).count()).toBe(1);

    await openView(page, 'Table');
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    const sorted = await tableTitles(page);
    expect(sorted).toHaveLength(7);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
    await page.getByRole('button', { name: sorted[0]!, exact: true }).focus();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(sorted[sorted.length - 1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(sorted[sorted.length - 2]);
    await page.getByRole('checkbox', { name: 'Select Social customer care pilot' }).check();
    await page.getByRole('checkbox', { name: 'Select Recycling stories with Alpine Textiles' }).check();
    const bulk = page.getByRole('region', { name: 'Edit selected initiatives' });
    await bulk.getByRole('combobox', { name: 'Set status' }).selectOption({ label: 'Done' });
    await waitUntilSaved(page);

    await session.restart();
    const again = session.page;
    await openView(again, 'Table');
    await again.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
    // Two were done already; the bulk edit made two more and left the rest alone.
    await expect.poll(() => tableTitles(again).then((titles) => [...titles].sort())).toEqual([
      'Appoint a community manager',
      'Recycling stories with Alpine Textiles',
      'Social customer care pilot',
      'Social media committee',
    ]);
    await again.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Idea' });
    await expect.poll(() => tableTitles(again).then((titles) => [...titles].sort())).toEqual(['CRM integration', 'Employee advocates']);
    expect(session.problems).toEqual([]);
    await session.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the table of 1,000 initiatives virtualized and reachable by keyboard', async () => {
    const { dataDir, clientName } = await dataDirWithRoadmap({ large: true });
    const session = await openCairn(browser, { dataDir });
    const { page } = session;
    await page.getByRole('option', { name: clientName }).click();
    await openView(page, 'Table');
    const table = page.getByRole('table', { name: 'Initiatives' });
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('1001');
    const mounted = await table.locator('tbody tr[data-index]').count();
    expect(mounted).toBeGreaterThan(10);
    expect(mounted).toBeLessThan(60);
    await table.locator('tbody tr[data-index="0"] [data-col="title"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe('1001');
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe('2');
    expect(session.problems).toEqual([]);
    await session.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reaches every quarter of the timeline and every card of a long cell at 1280 × 720 and 1440 × 900, the page never scrolling sideways', async () => {
    const { dataDir, clientName } = await dataDirWithRoadmap({ large: true });
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      const session = await openCairn(browser, { dataDir, viewport });
      const { page } = session;
      await page.getByRole('option', { name: clientName }).click();
      await openView(page, 'Timeline');
      const timeline = page.getByRole('group', { name: /^Initiatives from Q\d \d{4} to Q\d \d{4}$/ });
      await timeline.waitFor();
      const name = (await timeline.getAttribute('aria-label'))!;
      const last = name.replace(/^Initiatives from Q\d \d{4} to /, '');
      // The last quarter is in view inside the timeline's panel, or the panel scrolls to it.
      const reach = await page.evaluate((label) => {
        const panel = document.querySelector<HTMLElement>('.timeline__scroll')!;
        // Either every quarter fits, or the panel's sideways scrollbar is on screen.
        const visibleScroll = panel.scrollWidth <= panel.clientWidth || panel.getBoundingClientRect().bottom <= window.innerHeight;
        panel.scrollLeft = panel.scrollWidth;
        const quarter = panel.querySelector(`[data-quarter="${label}"]`)!.getBoundingClientRect();
        const box = panel.getBoundingClientRect();
        return { visibleScroll, inside: quarter.left >= box.left && quarter.right <= box.right, pageWide: document.documentElement.scrollWidth > document.documentElement.clientWidth };
      }, last);
      expect(reach).toEqual({ visibleScroll: true, inside: true, pageWide: false });
      // A bar's whole name shows while it holds the keyboard focus.
      const bar = timeline.getByRole('button').first();
      const title = (await bar.getAttribute('aria-label'))!.split('; ')[0]!;
      await bar.focus();
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(title);

      // The board: a long cell shows its first cards and the rest on request; a card moved past them stays in view and focused.
      await page.getByRole('tablist', { name: 'Roadmap views' }).getByRole('tab', { name: 'Board' }).click();
      const region = page.getByRole('region', { name: 'Phase 2 Shape capabilities, internal activities', exact: true });
      const cards = region.locator('[aria-roledescription="draggable initiative"]');
      await expect.poll(() => cards.count()).toBe(12);
      await region.getByRole('button', { name: /^Show all \d+ initiatives/ }).click();
      const total = await cards.count();
      expect(total).toBeGreaterThan(100);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
      const deep = cards.nth(60);
      const deepTitle = (await deep.getAttribute('aria-label'))!;
      await deep.focus();
      await page.keyboard.press('Alt+ArrowRight');
      const target = page.getByRole('region', { name: 'Phase 3 Develop ecosystem, internal activities', exact: true });
      await expect.poll(() => target.getByRole('button', { name: deepTitle, exact: true }).count()).toBe(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(deepTitle);
      expect(session.problems).toEqual([]);
      await session.close();
    }
    await rm(dataDir, { recursive: true, force: true });
  });
});
