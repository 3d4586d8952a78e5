import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppBridge, type AppBridge } from '../../bridge/app-bridge';

export interface CairnSession {
  page: Page;
  bridge: AppBridge;
  dataDir: string;
  /** A folder beside the data folder for files the test exports and imports (Cairn never saves inside its data folder). */
  exchangeDir: string;
  /** Quit and start Cairn again on the same data folder, as a consultant would. */
  restart(): Promise<void>;
  /** Things that must never happen: page errors, CSP violations, requests off loopback. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Start Cairn (real services + built renderer over the loopback bridge) and open it in a
 * fresh Chromium context. Any page error, CSP violation or request that leaves the
 * bridge's origin is recorded in `problems`; tests assert it stays empty.
 */
export async function openCairn(browser: Browser, options: { dataDir?: string; viewport?: { width: number; height: number } } = {}): Promise<CairnSession> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-')));
  const exchangeDir = await mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-files-'));
  const problems: string[] = [];
  let bridge = await startAppBridge({ dataDir });
  let context: BrowserContext;
  let page: Page;

  async function openPage(): Promise<void> {
    context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
    const origin = new URL(bridge.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      problems.push(`network request blocked: ${url}`);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
    });
    await page.goto(bridge.url);
  }

  await openPage();

  const session: CairnSession = {
    get page() {
      return page;
    },
    get bridge() {
      return bridge;
    },
    dataDir,
    exchangeDir,
    problems,
    async restart() {
      await context.close();
      await bridge.close();
      bridge = await startAppBridge({ dataDir });
      await openPage();
    },
    async close() {
      await context.close();
      await bridge.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
      await rm(exchangeDir, { recursive: true, force: true });
    },
  };
  return session;
}
