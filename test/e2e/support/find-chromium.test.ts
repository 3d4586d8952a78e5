import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, missingBrowserMessage } from './find-chromium';

const only = (...present: string[]) => (file: string) => present.includes(file);

describe('findChromium', () => {
  it('uses CAIRN_CHROMIUM when it is set, and nothing else', () => {
    expect(findChromium({ env: { CAIRN_CHROMIUM: '/opt/chrome/chrome' }, platform: 'linux', exists: only('/opt/chrome/chrome', '/usr/bin/chromium') }).path).toBe('/opt/chrome/chrome');
    expect(findChromium({ env: { CAIRN_CHROMIUM: '/opt/typo/chrome' }, platform: 'linux', exists: only('/usr/bin/chromium') })).toEqual({ path: null, tried: ['/opt/typo/chrome'] });
  });

  it("finds Debian's Chromium, then Google Chrome, on Linux", () => {
    expect(findChromium({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium', '/usr/bin/google-chrome') }).path).toBe('/usr/bin/chromium');
    expect(findChromium({ env: {}, platform: 'linux', exists: only('/usr/bin/google-chrome-stable') }).path).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds Chrome in /Applications or ~/Applications on macOS', () => {
    expect(findChromium({ env: { HOME: '/Users/ana' }, platform: 'darwin', exists: only('/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium') }).path).toBe(
      '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(chromiumCandidates('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('finds Chrome under Program Files or the user’s local app data on Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };
    expect(findChromium({ env, platform: 'win32', exists: only('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe') }).path).toBe(
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(chromiumCandidates('win32', env)[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('reports every place it looked when there is no browser', () => {
    const found = findChromium({ env: {}, platform: 'linux', exists: only() });
    expect(found.path).toBeNull();
    const message = missingBrowserMessage(found, false);
    expect(message).toMatch(/E2E SKIPPED/);
    for (const candidate of found.tried) expect(message).toContain(candidate);
    expect(message).toContain('CAIRN_CHROMIUM');
    expect(missingBrowserMessage(found, true)).toMatch(/CI requires the end-to-end tests/);
  });
});
