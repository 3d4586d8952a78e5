/**
 * Take the README's screenshots from the real app (bridge + Chromium) with the demo client:
 *   npm run build -- --renderer-only && npx tsx scripts/screenshots.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium';
import { openCairn } from '../test/e2e/support/cairn-session';

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
      await page.getByRole('tab', { name: 'Overview' }).waitFor();
      const shot = async (name: string) => page.screenshot({ path: path.join(outDir, `${name}${scheme === 'dark' ? '-dark' : ''}.png`) });
      await shot('overview');
      await page.getByRole('tab', { name: 'Stakeholders' }).click();
      await page.getByRole('button', { name: 'Grid' }).click().catch(() => undefined);
      await shot('stakeholders');
      await page.getByRole('button', { name: 'Table' }).click().catch(() => undefined);
      await shot('stakeholder-table');
      await page.getByRole('tab', { name: 'Departments' }).click();
      await shot('departments');
      for (const extra of process.argv.slice(3)) {
        await page.getByRole('tab', { name: extra }).click();
        await shot(extra.toLowerCase().replace(/\W+/g, '-'));
      }
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
