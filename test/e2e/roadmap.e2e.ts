import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const PHASE_NAMES = {
  1: 'Phase 1 Establish policy, process and procedure',
  2: 'Phase 2 Shape capabilities',
  3: 'Phase 3 Develop ecosystem',
  4: 'Phase 4 Drive innovation and integration',
} as const;
const cell = (page: Page, phase: number, track: 'internal' | 'external') =>
  page.getByRole('region', { name: `${PHASE_NAMES[phase as PhaseNumber]}, ${track} activities`, exact: true });
const titlesIn = (region: Locator) => region.getByRole('button').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label')));

const PHASE_NUMBERS = { establish: 1, shape: 2, develop: 3, innovate: 4 } as const;
type PhaseNumber = keyof typeof PHASE_NAMES;

/** The phase number and track of the cell a card sits in. */
async function placeOf(page: Page, title: string): Promise<{ phase: PhaseNumber; track: 'internal' | 'external' }> {
  const where = await page.getByRole('button', { name: title, exact: true }).evaluate((card) => card.closest('[data-cell]')?.getAttribute('data-cell') ?? '');
  const [phase, track] = where.split(':') as [keyof typeof PHASE_NUMBERS, 'internal' | 'external'];
  return { phase: PHASE_NUMBERS[phase], track };
}

/** A real mouse drag: press, move in small steps (dnd-kit waits for 5 px), release over the target. */
async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  // Centred, so dnd-kit's auto-scroll near the edges does not move the board under the pointer.
  await from.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  // The target cell shares the card's row: drop at the card's height, inside the cell.
  const dropY = Math.min(Math.max(start.y + start.height / 2, end.y + 24), end.y + end.height - 12);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 8, start.y + start.height / 2 + 4, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, dropY, { steps: 20 });
  await page.mouse.move(end.x + end.width / 2 + 2, dropY + 2, { steps: 2 });
  await page.mouse.up();
}

describe('a consultant planning the roadmap', () => {
  it('accepts gap suggestions, moves cards by mouse and keyboard, is refused a dependency loop, and finds the board as left after a restart', async () => {
    const session = await openCairn(browser);
    const page = session.page;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    await page.getByRole('tab', { name: /^Roadmap/ }).click();
    // The roadmap is its own chunk: count the cards once the board is there.
    await page.getByRole('tablist', { name: 'Roadmap views' }).waitFor();
    const existing = await page.locator('[data-card-id]').count();

    // The demo's latest assessment has gaps: accept the three best suggestions.
    await page.getByRole('button', { name: /^Suggestions \(\d+\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Suggestions from the gaps' });
    const suggestions = dialog.getByRole('list', { name: 'Suggested initiatives' }).getByRole('listitem');
    expect(await suggestions.count()).toBeGreaterThan(3);
    await expect.poll(() => suggestions.first().textContent()).toMatch(/Lifts .+ \(gap \d\)/);
    const accepted: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const accept = suggestions.first().getByRole('button', { name: /^Accept / });
      accepted.push((await accept.getAttribute('aria-label'))!.replace(/^Accept /, ''));
      await accept.click();
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('[data-card-id]').count()).toBe(existing + 3);

    // Work with two accepted cards, wherever their phase put them.
    const [mouseCard, keyCard] = accepted as [string, string];
    const mouseFrom = await placeOf(page, mouseCard);
    const mouseTo = mouseFrom.phase === 3 ? 4 : 3;

    // With the mouse: to another phase, same track.
    await dragWithMouse(page, page.getByRole('button', { name: mouseCard, exact: true }), cell(page, mouseTo, mouseFrom.track));
    await expect.poll(() => placeOf(page, mouseCard)).toEqual({ phase: mouseTo, track: mouseFrom.track });
    expect(await page.getByRole('dialog').count()).toBe(0);

    // With the keyboard: Space picks up, an arrow moves one phase, Space drops; then Alt+arrow one more.
    // Each step waits for what a screen reader would hear, so the arrows move a live drag.
    const keyFrom = await placeOf(page, keyCard);
    const [arrow, step] = keyFrom.phase >= 3 ? (['ArrowLeft', -1] as const) : (['ArrowRight', 1] as const);
    const announced = () => page.locator('[aria-live="assertive"]').allTextContents().then((texts) => texts.join(' '));
    await page.getByRole('button', { name: keyCard, exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(announced).toContain(`${keyCard} is over ${PHASE_NAMES[keyFrom.phase]}`);
    // dnd-kit's keyboard sensor starts listening for arrows in a setTimeout after pick-up;
    // a later timeout in the page runs after it, so the arrow cannot arrive too early.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)));
    await page.keyboard.press(arrow);
    await expect.poll(announced).toContain(`${keyCard} is over ${PHASE_NAMES[(keyFrom.phase + step) as PhaseNumber]}`);
    await page.keyboard.press('Space');
    await expect.poll(announced).toContain(`${keyCard} was dropped in ${PHASE_NAMES[(keyFrom.phase + step) as PhaseNumber]}`);
    await expect.poll(() => placeOf(page, keyCard)).toEqual({ phase: keyFrom.phase + step, track: keyFrom.track });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(keyCard);
    await page.keyboard.press(`Alt+${arrow}`);
    await expect.poll(() => placeOf(page, keyCard)).toEqual({ phase: keyFrom.phase + 2 * step, track: keyFrom.track });

    // A depends on B, then B on A: refused with both names, nothing changes.
    await page.getByRole('button', { name: mouseCard, exact: true }).click();
    let editor = page.getByRole('dialog', { name: `Edit “${mouseCard}”` });
    await editor.getByRole('combobox', { name: 'Add a dependency' }).selectOption({ label: keyCard });
    await editor.getByRole('button', { name: 'Add dependency' }).click();
    await expect.poll(() => editor.getByRole('list', { name: 'Dependencies' }).textContent()).toContain(keyCard);
    await editor.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: keyCard, exact: true }).click();
    editor = page.getByRole('dialog', { name: `Edit “${keyCard}”` });
    await editor.getByRole('combobox', { name: 'Add a dependency' }).selectOption({ label: mouseCard });
    await editor.getByRole('button', { name: 'Add dependency' }).click();
    const refusal = editor.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain(`“${keyCard}” cannot depend on “${mouseCard}”: that would make a loop`);
    expect(await refusal.textContent()).toContain(`(“${keyCard}” → “${mouseCard}” → “${keyCard}”`);
    expect(await editor.getByRole('button', { name: `Remove dependency on ${mouseCard}` }).count()).toBe(0);
    await editor.getByRole('button', { name: 'Done' }).click();

    const board = () => Promise.all(([1, 2, 3, 4] as const).flatMap((phase) => (['internal', 'external'] as const).map((track) => titlesIn(cell(session.page, phase, track)))));
    const before = await board();
    await waitUntilSaved(page);
    await session.restart();
    const again = session.page;
    const roadmapTab = again.getByRole('tab', { name: /^Roadmap/ });
    if ((await roadmapTab.count()) === 0) await again.getByRole('option', { name: /Nordlicht/ }).click();
    await again.getByRole('tab', { name: /^Roadmap/ }).click();
    await expect.poll(board).toEqual(before);
    expect(await placeOf(again, mouseCard)).toEqual({ phase: mouseTo, track: mouseFrom.track });
    expect(await placeOf(again, keyCard)).toEqual({ phase: keyFrom.phase + 2 * step, track: keyFrom.track });
    expect(await again.getByRole('button', { name: mouseCard, exact: true }).locator('[title="Depends on 1 initiative"]').count()).toBe(1);

    expect(session.problems).toEqual([]);
    await session.close();
  });
});
