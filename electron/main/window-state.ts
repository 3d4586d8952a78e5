import type { Rectangle } from 'electron';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-options';

/** What is remembered between launches. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** How much of the window must be on a display to count as visible (a title bar's worth). */
const MIN_VISIBLE = { width: 120, height: 48 } as const;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Read a stored window state defensively: the file may be old, hand-edited or damaged. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Where to put the window on this launch. Saved bounds are kept when a useful part of
 * them is still on a display; they are then shrunk to fit that display's work area and
 * moved fully onto it. If the display is gone (a laptop undocked) the window opens
 * centred on the primary display. `workAreas[0]` is the primary display.
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };
  const host = saved
    ? workAreas
        .map((area) => ({ area, seen: overlap(saved.bounds, area) }))
        .filter(({ seen }) => seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height)
        .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height)[0]?.area
    : undefined;

  if (!saved || !host) {
    const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_WINDOW_SIZE.height, primary.height);
    return {
      bounds: {
        x: Math.round(primary.x + (primary.width - width) / 2),
        y: Math.round(primary.y + (primary.height - height) / 2),
        width,
        height,
      },
      maximized: saved?.maximized ?? false,
    };
  }

  const width = Math.round(clamp(saved.bounds.width, Math.min(MIN_WINDOW_SIZE.width, host.width), host.width));
  const height = Math.round(clamp(saved.bounds.height, Math.min(MIN_WINDOW_SIZE.height, host.height), host.height));
  return {
    bounds: {
      x: Math.round(clamp(saved.bounds.x, host.x, host.x + host.width - width)),
      y: Math.round(clamp(saved.bounds.y, host.y, host.y + host.height - height)),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}
