import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreWindowState, type WindowState } from './window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1440 };
const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('restoreWindowState', () => {
  it('keeps bounds that fit on a display', () => {
    expect(restoreWindowState(state(100, 100, 1200, 700), [laptop])).toEqual(state(100, 100, 1200, 700));
  });

  it('opens centred on the primary display the first time', () => {
    expect(restoreWindowState(null, [laptop])).toEqual(state(80, 53, 1280, 820));
  });

  it('recentres on the primary display when the saved monitor is gone', () => {
    expect(restoreWindowState(state(2000, 200, 1600, 1000), [laptop])).toEqual(state(80, 53, 1280, 820));
  });

  it('keeps the window on the second monitor while it is connected', () => {
    expect(restoreWindowState(state(2000, 200, 1600, 1000), [laptop, monitorRight])).toEqual(state(2000, 200, 1600, 1000));
  });

  it('pulls a window hanging off the edge fully onto its display', () => {
    expect(restoreWindowState(state(1000, 500, 1200, 800), [laptop])).toEqual(state(240, 100, 1200, 800));
  });

  it('shrinks a window larger than the display to the work area', () => {
    expect(restoreWindowState(state(0, 25, 3000, 2000), [laptop])).toEqual(state(0, 25, 1440, 875));
  });

  it('treats a sliver left on screen as lost', () => {
    expect(restoreWindowState(state(1400, 100, 1200, 800), [laptop])).toEqual(state(80, 53, 1280, 820));
  });

  it('keeps the maximized flag', () => {
    expect(restoreWindowState(state(100, 100, 1200, 700, true), [laptop]).maximized).toBe(true);
  });

  it('copes with a display smaller than the minimum window size', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 600 };
    expect(restoreWindowState(state(0, 0, 1200, 800), [tiny])).toEqual(state(0, 0, 800, 600));
  });
});

describe('parseWindowState', () => {
  it('reads a stored state', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true })).toEqual(state(1, 2, 3, 4, true));
  });

  it.each([
    null,
    undefined,
    'x',
    42,
    {},
    { bounds: null },
    { bounds: { x: 1, y: 2, width: 3 } },
    { bounds: { x: 1, y: 2, width: 0, height: 4 } },
    { bounds: { x: Number.NaN, y: 2, width: 3, height: 4 } },
    { bounds: { x: '1', y: 2, width: 3, height: 4 } },
  ])('ignores a damaged value %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});
