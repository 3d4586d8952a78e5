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

const SECTIONS: [group: string, section: string][] = [
  ['Client', 'Overview'],
  ['Client', 'Departments'],
  ['Client', 'Stakeholders'],
  ['Client', 'Organization'],
  ['Assess', 'Maturity'],
  ['Assess', 'Ten stages'],
  ['Assess', 'Audit'],
  ['Plan', 'First moves'],
  ['Plan', 'Roadmap'],
  ['Plan', 'KPIs'],
  ['Engage', 'Engagements'],
  ['Engage', 'Workshops'],
  ['History', 'History'],
];

const sectionTab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Client sections' }).getByRole('tab', { name, exact: true });

/** Widths that scroll sideways: the document, the client header and the section navigation. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: [string, Element | null][] = [
      ['document', document.documentElement],
      ['client header', document.querySelector('h1')?.closest('header') ?? null],
      ['section navigation', document.querySelector('[role="tablist"][aria-label="Client sections"]')],
      ['breadcrumb', document.querySelector('nav[aria-label="Breadcrumb"]')],
    ];
    return boxes.flatMap(([name, element]) => (!element ? [`${name} missing`] : element.scrollWidth > element.clientWidth ? [`${name}: ${element.scrollWidth} > ${element.clientWidth}`] : []));
  });
}

async function inViewport(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  const size = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
])('navigating a client at $width×$height', (viewport) => {
  it('reaches every section with nothing scrolling sideways, and always shows where the consultant is', async () => {
    const session = await openCairn(browser, { viewport });
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    await page.getByRole('tablist', { name: 'Client sections' }).waitFor();
    const client = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/Archived|In the trash/, '').trim();

    for (const [group, section] of SECTIONS) {
      await sectionTab(page, section).click();
      await expect.poll(() => sectionTab(page, section).getAttribute('aria-selected')).toBe('true');
      const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
      expect(await trail.textContent()).toBe(group === section ? `${client}${section}` : `${client}${group}${section}`);
      expect(await trail.locator('[aria-current="page"]').textContent()).toBe(section);
      expect(await sidewaysOverflow(page), section).toEqual([]);
      expect(await inViewport(page, await sectionTab(page, section).boundingBox()), `${section} tab in view`).toBe(true);
    }

    // Far down a long section, the current place is still in view.
    await sectionTab(page, 'Maturity').click();
    await page.getByRole('radiogroup').first().waitFor();
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    expect(await page.getByRole('main').evaluate((main) => main.scrollTop)).toBeGreaterThan(0);
    expect(await inViewport(page, await sectionTab(page, 'Maturity').boundingBox())).toBe(true);
    expect(await inViewport(page, await page.getByRole('navigation', { name: 'Breadcrumb' }).boundingBox())).toBe(true);

    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows the maturity results’ first chart without scrolling, its rules one click away', async () => {
    const session = await openCairn(browser, { viewport });
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    await sectionTab(page, 'Maturity').click();
    await page.getByRole('tablist', { name: 'Maturity views' }).getByRole('tab', { name: 'Results' }).click();
    const radar = page.getByRole('region', { name: 'Radar: current and target' });
    await radar.getByRole('img').first().waitFor();
    expect(await page.getByRole('main').evaluate((main) => main.scrollTop)).toBe(0);
    expect(await inViewport(page, await radar.boundingBox())).toBe(true);
    expect(await sidewaysOverflow(page)).toEqual([]);

    const rule = page.getByRole('button', { name: 'How is this calculated?' }).first();
    expect(await rule.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByText(/overall stage is the median/).isVisible()).toBe(false);
    await rule.click();
    expect(await page.getByText(/overall stage is the median/).isVisible()).toBe(true);
    await session.close();
  });
});

describe('opening a section', () => {
  it('keeps the page at its top and focus out of the fields, First moves included', async () => {
    const session = await openCairn(browser, { viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.getByRole('button', { name: 'Explore the demo client' }).click();
    for (const section of ['First moves', 'Workshops', 'KPIs', 'Maturity']) {
      await sectionTab(page, section).click();
      await page.waitForTimeout(150);
      expect(await page.getByRole('main').evaluate((main) => main.scrollTop), section).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.matches('input, textarea, select') ?? false), section).toBe(false);
    }
    await session.close();
  });
});
