import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, windowOptions } from './window-options';

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
