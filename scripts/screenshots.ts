/**
 * Take the README's screenshots from the real app (bridge + Chromium) with the demo client,
 * in the light and dark palettes, at a laptop's 1440×900:
 *   npm run build -- --renderer-only && npx tsx scripts/screenshots.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { openCairn } from '../test/e2e/support/cairn-session';

type Shot = (name: string) => Promise<unknown>;

/** One screen of the demo client: how to get there, then its picture. */
const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'overview', open: (page) => section(page, 'Overview') },
  {
    name: 'maturity',
    open: async (page) => {
      await section(page, 'Maturity');
      await page.getByRole('tablist', { name: 'Maturity views' }).getByRole('tab', { name: 'Results' }).click();
    },
  },
  { name: 'stakeholders', open: (page) => section(page, 'Stakeholders') },
  { name: 'ten-stages', open: (page) => section(page, 'Ten stages') },
  {
    name: 'roadmap',
    open: async (page) => {
      await section(page, 'Roadmap');
      await page.getByRole('tablist', { name: 'Roadmap views' }).getByRole('tab', { name: 'Board' }).click();
    },
  },
  {
    name: 'roadmap-timeline',
    open: async (page) => {
      await section(page, 'Roadmap');
      await page.getByRole('tablist', { name: 'Roadmap views' }).getByRole('tab', { name: 'Timeline' }).click();
    },
  },
  { name: 'kpis', open: (page) => section(page, 'KPIs') },
  { name: 'workshops', open: (page) => section(page, 'Workshops') },
];

async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForTimeout(300);
}

async function facilitator(page: Page, shot: Shot): Promise<void> {
  await section(page, 'Workshops');
  await page.getByRole('button', { name: /^Maturity reassessment workshop,/ }).click();
  await page.getByRole('button', { name: /^Facilitate/ }).click();
  await page.getByRole('dialog', { name: /^Facilitator mode/ }).waitFor();
  await page.waitForTimeout(400);
  await shot('facilitator');
  await page.keyboard.press('Escape');
}

async function syncSettings(page: Page, shot: Shot): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('tab', { name: 'Sync' }).click();
  await page.waitForTimeout(200);
  await shot('settings-sync');
  await settings.getByRole('button', { name: 'Close' }).click();
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const session = await openCairn(browser, { viewport: { width: 1440, height: 900 } });
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: /^Explore the demo client/ }).click();
      await page.getByRole('tab', { name: /^Overview/ }).first().waitFor();
      const shot: Shot = (name) => page.screenshot({ path: path.join(outDir, `${name}${scheme === 'dark' ? '-dark' : ''}.png`) });
      for (const screen of SCREENS) {
        try {
          await screen.open(page);
          await shot(screen.name);
        } catch (error) {
          console.warn(`${screen.name} (${scheme}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      await facilitator(page, shot).catch((error: unknown) => console.warn(`facilitator (${scheme}): ${String(error).split('\n')[0]}`));
      await syncSettings(page, shot).catch((error: unknown) => console.warn(`settings (${scheme}): ${String(error).split('\n')[0]}`));
      if (session.problems.length > 0) console.warn(session.problems.join('\n'));
      await session.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`screenshots written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
