import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateElectronBinary } from './electron-binary';

const packageDir = '/repo/node_modules/electron';
const files = (entries: Record<string, string>) => ({
  exists: (file: string) => file in entries,
  readFile: (file: string) => entries[file] ?? '',
});

describe('locateElectronBinary', () => {
  it('finds the downloaded runtime the way the electron package does', () => {
    const disk = files({ [path.join(packageDir, 'path.txt')]: 'electron', [path.join(packageDir, 'dist', 'electron')]: '' });
    expect(locateElectronBinary({ packageDir, env: {}, ...disk })).toEqual({ path: path.join(packageDir, 'dist', 'electron') });
  });

  it('says why when the runtime was never downloaded (no path.txt), without downloading it', () => {
    const found = locateElectronBinary({ packageDir, env: {}, ...files({}) });
    expect(found.path).toBeNull();
    expect('reason' in found && found.reason).toMatch(/Electron runtime is not installed .*path\.txt is missing/);
  });

  it('says why when path.txt names a binary that is gone', () => {
    const found = locateElectronBinary({ packageDir, env: {}, ...files({ [path.join(packageDir, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron' }) });
    expect('reason' in found && found.reason).toContain(path.join(packageDir, 'dist', 'Electron.app/Contents/MacOS/Electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and CAIRN_ELECTRON', () => {
    expect(locateElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, ...files({ '/opt/electron/electron': '' }) })).toEqual({ path: '/opt/electron/electron' });
    expect(locateElectronBinary({ packageDir, env: { CAIRN_ELECTRON: '/usr/lib/electron45/electron' }, ...files({ '/usr/lib/electron45/electron': '' }) })).toEqual({ path: '/usr/lib/electron45/electron' });
    expect(locateElectronBinary({ packageDir, env: { CAIRN_ELECTRON: '/nope' }, ...files({}) }).path).toBeNull();
  });
});
