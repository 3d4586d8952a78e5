import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, WINDOW_BACKGROUND, windowBackground, windowOptions } from './window-options';

describe('windowOptions', () => {
  const options = windowOptions({ preloadPath: '/opt/cairn/dist/preload/index.cjs', isPackaged: true });
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['spellcheck', true],
  ] as const)('sets webPreferences.%s to %s', (key, expected) => {
    expect(web[key]).toBe(expected);
  });

  it('enables no Blink features, adds no command-line switches, and turns off middle-click (auxclick) navigation', () => {
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.additionalArguments).toBeUndefined();
    expect(web.disableBlinkFeatures).toBe('Auxclick');
  });

  it('has developer tools only in a development build, never in a packaged one', () => {
    expect(web.devTools).toBe(false);
    expect(windowOptions({ preloadPath: '/p.cjs', isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('loads the given preload', () => {
    expect(web.preload).toBe('/opt/cairn/dist/preload/index.cjs');
  });

  it('stays hidden until the first paint and is titled Cairn', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Cairn');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has a minimum size a desktop layout fits in', () => {
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
  });

  it('uses restored bounds but cannot be talked out of its web preferences', () => {
    const restored = windowOptions({ preloadPath: '/p.cjs', bounds: { x: 10, y: 20, width: 1000, height: 700 }, isPackaged: false });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(restored.webPreferences?.sandbox).toBe(true);
  });
});

describe('the window background', () => {
  const tokens = readFileSync(new URL('../../renderer/src/styles/tokens.css', import.meta.url), 'utf8');
  const [lightBg, darkBg] = [...tokens.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]);

  it('follows the OS theme', () => {
    expect(windowBackground(false)).toBe(WINDOW_BACKGROUND.light);
    expect(windowBackground(true)).toBe(WINDOW_BACKGROUND.dark);
    expect(windowOptions({ preloadPath: '/p', dark: true, isPackaged: false }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(windowOptions({ preloadPath: '/p', isPackaged: false }).backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });

  it("is the page's own background in each theme, so loading never flashes", () => {
    expect(WINDOW_BACKGROUND.light.toLowerCase()).toBe(lightBg?.toLowerCase());
    expect(WINDOW_BACKGROUND.dark.toLowerCase()).toBe(darkBg?.toLowerCase());
  });
});
