import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const launcher = path.resolve(import.meta.dirname, '..', 'resources', 'bin', 'cairn');

/** An installed layout: /opt/Cairn/cairn-desktop (a stand-in that prints its arguments) and resources/bin/cairn. */
function install(appName: string, binFolder: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'cairn-install-'));
  const app = path.join(root, appName);
  mkdirSync(path.dirname(app), { recursive: true });
  writeFileSync(app, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\nexit 7\n');
  chmodSync(app, 0o755);
  const bin = path.join(root, binFolder, 'cairn');
  mkdirSync(path.dirname(bin), { recursive: true });
  copyFileSync(launcher, bin);
  chmodSync(bin, 0o755);
  return { root, bin };
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('resources/bin/cairn', () => {
  it('starts the installed app binary with --cli and the arguments, and passes its exit code on (Linux layout, through a /usr/bin link)', () => {
    const { root, bin } = install('cairn-desktop', 'resources/bin');
    roots.push(root);
    const link = path.join(root, 'usr-bin', 'cairn');
    mkdirSync(path.dirname(link));
    symlinkSync(bin, link);
    const result = spawnSync(link, ['export', 'Acme Co', '--format', 'pdf'], { encoding: 'utf8', env: { PATH: process.env.PATH, DISPLAY: ':0' } });
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(['--cli', 'export', 'Acme Co', '--format', 'pdf']);
    expect(result.status).toBe(7);
  });

  it('asks for the headless platform on Linux when there is no display', () => {
    if (process.platform !== 'linux') return;
    const { root, bin } = install('cairn-desktop', 'resources/bin');
    roots.push(root);
    const result = spawnSync(bin, ['list'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(['--ozone-platform=headless', '--cli', 'list']);
  });

  it('finds the app inside a macOS bundle', () => {
    const { root, bin } = install('Contents/MacOS/Cairn', 'Contents/Resources/bin');
    roots.push(root);
    const result = spawnSync(bin, ['--help'], { encoding: 'utf8', env: { PATH: process.env.PATH, DISPLAY: ':0' } });
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(['--cli', '--help']);
  });

  it('says so when the app is not beside it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cairn-install-'));
    roots.push(root);
    const bin = path.join(root, 'cairn');
    copyFileSync(launcher, bin);
    chmodSync(bin, 0o755);
    const result = spawnSync(bin, ['list'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the Cairn app was not found/);
  });
});
