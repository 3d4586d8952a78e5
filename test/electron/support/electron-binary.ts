import path from 'node:path';

export interface ElectronLookup {
  /** node_modules/electron */
  packageDir: string;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  readFile: (file: string) => string;
}

export type ElectronBinary = { path: string } | { path: null; reason: string };

/**
 * The Electron runtime `npm run test:electron` launches, found the way the electron
 * package finds it (path.txt names the binary inside dist/, ELECTRON_OVERRIDE_DIST_PATH
 * moves dist/), plus CAIRN_ELECTRON for any binary. Unlike `require('electron')` this
 * never starts a download: a machine without the runtime gets a reason instead.
 */
export function locateElectronBinary({ packageDir, env, exists, readFile }: ElectronLookup): ElectronBinary {
  const chosen = env.CAIRN_ELECTRON?.trim();
  if (chosen) return exists(chosen) ? { path: chosen } : { path: null, reason: `CAIRN_ELECTRON is set to ${chosen}, which does not exist.` };
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = exists(pathFile) ? readFile(pathFile).trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { path: null, reason: `the Electron runtime is not installed (${pathFile} is missing: the electron package downloads it on first use, which needs the internet).` };
  }
  const binary = path.join(distDir, relative || 'electron');
  return exists(binary) ? { path: binary } : { path: null, reason: `the Electron runtime is not installed (${binary} does not exist).` };
}
