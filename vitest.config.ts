import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { findChromium, missingBrowserMessage } from './test/e2e/support/find-chromium.ts';

// `npm test` runs on any machine: the e2e project needs Chrome or Chromium
// (CAIRN_CHROMIUM, or the usual install paths); without one it is left out with a loud
// message and everything else runs. Under CI=true a missing browser fails instead.
const browser = findChromium({ env: process.env, platform: process.platform, exists: existsSync });
const ci = process.env.CI === 'true';
const runE2e = browser.path !== null || ci;
if (!runE2e) {
  const message = `\n${missingBrowserMessage(browser, ci)}\n`;
  console.warn(message);
  // Again below the results, where nobody can miss it.
  process.once('exit', () => console.warn(message));
}

const e2e: TestProjectInlineConfiguration = {
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 90_000,
    // A file's first hook waits for the renderer build the global setup started.
    hookTimeout: 300_000,
    // E2e files run beside the unit and component files in the same two workers (each file
    // has its own data folder and bridge; all share the one Chromium the global setup starts),
    // so the browser's waiting overlaps with the other tests' computing.
  },
};

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; two keep both busy (most e2e time is
    // spent waiting on Chromium and the bridge).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/bridge/**/*.test.ts',
            'test/e2e/support/**/*.test.ts',
            'test/support/**/*.test.ts',
            'test/electron/support/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test-setup.ts'],
          // Typing whole forms with user-event takes seconds on a busy two-core machine, more
          // while e2e files share the two workers.
          testTimeout: 45_000,
        },
      },
      ...(runE2e ? [e2e] : []),
    ],
  },
});
