import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { findChromium, missingBrowserMessage } from './find-chromium';

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
  const shared = await sharedChromiumEndpoint();
  if (shared) return chromium.connect(shared);
  return chromium.launch(chromiumLaunchOptions());
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ws:// endpoint of the one Chromium the e2e files share (test/e2e/global-setup.ts). */
    chromiumWsEndpoint?: string;
  }
}

async function sharedChromiumEndpoint(): Promise<string | undefined> {
  const fromEnv = process.env[SHARED_CHROMIUM_ENV];
  if (fromEnv) return fromEnv;
  // Only inside a vitest worker; the benches import this file from plain Node.
  if (!process.env['VITEST_WORKER_ID']) return undefined;
  const { inject } = await import('vitest');
  return inject('chromiumWsEndpoint');
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
