import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumPath } from './support/chromium';

/** Build the renderer once for the whole e2e run (the bridge serves dist/renderer). */
export default async function setup(): Promise<void> {
  // Throws, naming every place looked at, when there is no browser (vitest.config.ts only
  // runs the e2e project without one under CI=true, where that must fail).
  chromiumPath();
  if (process.env.CAIRN_E2E_NO_BUILD === '1') return;
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
