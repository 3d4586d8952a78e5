import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumPath } from './support/chromium';

/** Build the renderer once for the whole e2e run (the bridge serves dist/renderer). */
export default async function setup(): Promise<void> {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}. Install Debian's Chromium (apt-get install -y chromium) or set CAIRN_CHROMIUM.`,
    );
  }
  if (process.env.CAIRN_E2E_NO_BUILD === '1') return;
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
