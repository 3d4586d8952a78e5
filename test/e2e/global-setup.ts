import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { SHARED_CHROMIUM_ENV, chromiumLaunchOptions, chromiumPath } from './support/chromium';
import { clearRendererBuildStamp, rendererBuildIsCurrent, rendererInputsFingerprint, writeRendererBuildFailure, writeRendererBuildStamp } from './support/renderer-build';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Once for the whole e2e run: start one headless Chromium that every e2e file connects to
 * instead of launching its own (a launch costs seconds on a busy machine), and build the
 * renderer the bridge serves (dist/renderer) unless the last build is still current. The
 * build is not awaited here: the unit and component files run meanwhile, and each e2e file
 * waits for it when it connects to the browser (`launchChromium`).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Throws, naming every place looked at, when there is no browser (vitest.config.ts only
  // runs the e2e project without one under CI=true, where that must fail).
  chromiumPath();
  const browser: BrowserServer = await chromium.launchServer({ ...chromiumLaunchOptions(), host: '127.0.0.1' });
  let building: Promise<void> = Promise.resolve();
  if (process.env.CAIRN_E2E_NO_BUILD !== '1') {
    const fingerprint = await rendererInputsFingerprint(root);
    if (!(await rendererBuildIsCurrent(root, fingerprint))) {
      await clearRendererBuildStamp(root);
      building = build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' }).then(
        () => writeRendererBuildStamp(root, fingerprint),
        (error: unknown) => writeRendererBuildFailure(root, error instanceof Error ? error.message : String(error)),
      );
    }
    project.provide('rendererBuild', fingerprint);
  }
  // Test files run in worker processes started after this: they read the endpoint from their environment.
  process.env[SHARED_CHROMIUM_ENV] = browser.wsEndpoint();
  project.provide('chromiumWsEndpoint', browser.wsEndpoint());
  return async () => {
    await building;
    delete process.env[SHARED_CHROMIUM_ENV];
    await browser.close();
  };
}
