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

/** Chrome or Chromium, headless, with nothing that phones home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
  });
}
