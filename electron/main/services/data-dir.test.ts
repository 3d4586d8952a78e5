import { describe, expect, it } from 'vitest';
import { resolveDataDir, type DataDirInputs } from './data-dir';

const base: DataDirInputs = { argv: [], env: {}, platform: 'linux', homedir: '/home/ana', cwd: '/work' };

describe('resolveDataDir', () => {
  const cases: Array<{ name: string; inputs: Partial<DataDirInputs>; expected: string }> = [
    { name: 'Linux default', inputs: {}, expected: '/home/ana/.config/Cairn' },
    { name: 'Linux with XDG_CONFIG_HOME', inputs: { env: { XDG_CONFIG_HOME: '/xdg' } }, expected: '/xdg/Cairn' },
    { name: 'Linux ignores a relative XDG_CONFIG_HOME', inputs: { env: { XDG_CONFIG_HOME: 'rel' } }, expected: '/home/ana/.config/Cairn' },
    { name: 'macOS default', inputs: { platform: 'darwin', homedir: '/Users/ana' }, expected: '/Users/ana/Library/Application Support/Cairn' },
    { name: 'Windows default', inputs: { platform: 'win32', homedir: 'C:\\Users\\ana', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, cwd: 'C:\\' }, expected: 'C:\\Users\\ana\\AppData\\Roaming\\Cairn' },
    { name: 'Windows without APPDATA', inputs: { platform: 'win32', homedir: 'C:\\Users\\ana', cwd: 'C:\\' }, expected: 'C:\\Users\\ana\\AppData\\Roaming\\Cairn' },
    { name: 'environment variable', inputs: { env: { CAIRN_DATA_DIR: '/data/cairn' } }, expected: '/data/cairn' },
    { name: '--data-dir DIR', inputs: { argv: ['list', '--data-dir', '/d1'] }, expected: '/d1' },
    { name: '--data-dir=DIR', inputs: { argv: ['--data-dir=/d2', 'list'] }, expected: '/d2' },
    { name: 'argument beats environment', inputs: { argv: ['--data-dir', '/d3'], env: { CAIRN_DATA_DIR: '/env' } }, expected: '/d3' },
    { name: 'the last argument wins', inputs: { argv: ['--data-dir=/a', '--data-dir', '/b'] }, expected: '/b' },
    { name: 'relative argument resolved against cwd', inputs: { argv: ['--data-dir', 'tmp/data'] }, expected: '/work/tmp/data' },
    { name: 'a dangling --data-dir is ignored', inputs: { argv: ['--data-dir'], env: { CAIRN_DATA_DIR: '/env' } }, expected: '/env' },
    { name: 'a flag is not taken as the folder', inputs: { argv: ['--data-dir', '--json'] }, expected: '/home/ana/.config/Cairn' },
    { name: 'an empty environment variable is ignored', inputs: { env: { CAIRN_DATA_DIR: '' } }, expected: '/home/ana/.config/Cairn' },
  ];

  it.each(cases)('$name → $expected', ({ inputs, expected }) => {
    expect(resolveDataDir({ ...base, ...inputs })).toBe(expected);
  });
});
