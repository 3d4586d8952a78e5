import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { findChromium, missingBrowserMessage } from './find-chromium';
import { waitForRendererBuild } from './renderer-build';

/** The browser the e2e tests drive: CAIRN_CHROMIUM, or Chrome/Chromium where it is usually installed. */
export const findTestBrowser = () => findChromium({ env: process.env, platform: process.platform, exists: existsSync });

export const chromiumPath = (): string => {
  const found = findTestBrowser();
  if (!found.path) throw new Error(missingBrowserMessage(found, process.env.CI === 'true'));
  return found.path;
};

/** Where the e2e global setup tells test files the shared browser listens (a ws:// endpoint on loopback). */
export const SHARED_CHROMIUM_ENV = 'CAIRN_E2E_CHROMIUM_WS';

/**
 * Chrome or Chromium, headless, with nothing that phones home. Inside the e2e suite this
 * connects to the one browser the global setup started (a fresh connection per file, so
 * `close()` only closes that file's contexts); on its own (the benches) it launches one.
 */
export async function launchChromium(): Promise<Browser> {
  const suite = await e2eSuiteContext();
  // The renderer the bridge serves may still be building (the e2e setup does not wait for it).
  if (suite.rendererBuild) await waitForRendererBuild(fileURLToPath(new URL('../../..', import.meta.url)), suite.rendererBuild);
  const shared = process.env[SHARED_CHROMIUM_ENV] ?? suite.chromiumWsEndpoint;
  if (shared) return chromium.connect(shared);
  return chromium.launch(chromiumLaunchOptions());
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ws:// endpoint of the one Chromium the e2e files share (test/e2e/global-setup.ts). */
    chromiumWsEndpoint?: string;
    /** The fingerprint of the renderer sources the e2e setup is building dist/renderer from. */
    rendererBuild?: string;
  }
}

/** What the e2e global setup provided; nothing outside a vitest worker (the benches import this file from plain Node). */
async function e2eSuiteContext(): Promise<{ chromiumWsEndpoint?: string; rendererBuild?: string }> {
  if (!process.env['VITEST_WORKER_ID']) return {};
  const { inject } = await import('vitest');
  const chromiumWsEndpoint = inject('chromiumWsEndpoint');
  const rendererBuild = inject('rendererBuild');
  return { ...(chromiumWsEndpoint ? { chromiumWsEndpoint } : {}), ...(rendererBuild ? { rendererBuild } : {}) };
}

/** The executable and flags every launch uses, the shared server's included. */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
