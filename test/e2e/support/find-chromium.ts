import path from 'node:path';

export interface ChromiumSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Whether a file exists (fs.existsSync in real use). */
  exists: (file: string) => boolean;
}

export interface ChromiumFound {
  /** The browser the e2e tests drive, or null when none was found. */
  path: string | null;
  /** Every place looked at, in order, for the message when none is found. */
  tried: string[];
}

/** Where Chrome or Chromium usually lives on each desktop system, most likely first. */
export function chromiumCandidates(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((folder) => [
      path.posix.join(folder, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
      path.posix.join(folder, 'Chromium.app/Contents/MacOS/Chromium'),
      path.posix.join(folder, 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'),
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/opt/google/chrome/chrome'];
}

/**
 * The Chrome or Chromium the e2e tests use: `CAIRN_CHROMIUM` when set (and then only
 * that, so a typo is not papered over by another browser), otherwise the first usual
 * install path that exists.
 */
export function findChromium({ env, platform, exists }: ChromiumSearch): ChromiumFound {
  const chosen = env.CAIRN_CHROMIUM?.trim();
  const tried = chosen ? [chosen] : chromiumCandidates(platform, env);
  return { path: tried.find((candidate) => exists(candidate)) ?? null, tried };
}

/** What to say when no browser was found: loud, with the places tried and the fix. */
export function missingBrowserMessage(found: ChromiumFound, ci: boolean): string {
  const lines = [
    ci ? 'E2E: no Chrome or Chromium found, and CI requires the end-to-end tests.' : 'E2E SKIPPED: no Chrome or Chromium found, so the end-to-end tests did not run.',
    'Looked at:',
    ...found.tried.map((candidate) => `  ${candidate}`),
    'Install Chrome or Chromium (Debian: apt-get install -y chromium), or set CAIRN_CHROMIUM=/path/to/chrome.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '!'.repeat(Math.min(width, 100));
  return [rule, ...lines, rule].join('\n');
}
