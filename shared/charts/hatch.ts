import { el, round2, type SvgElement } from './svg-tree';

/**
 * Diagonal hatching inside a rectangle as plain line segments (no <pattern>, no ids), so the
 * React app, pdfmake's SVG renderer and resvg all draw exactly the same marks. Lines run from
 * bottom-left to top-right, `spacing` apart, each clipped to the rectangle.
 */
export function hatchLines(box: { x: number; y: number; width: number; height: number }, options: { spacing?: number; stroke: string; strokeWidth?: number }): SvgElement {
  const spacing = Math.max(2, options.spacing ?? 7);
  const { x, y, width, height } = box;
  const lines: SvgElement[] = [];
  // Each line is the set of points with (px - x) + (py - y) = c, for c stepping across the box.
  for (let c = spacing; c < width + height; c += spacing) {
    const x1 = x + Math.max(0, c - height);
    const y1 = y + Math.min(height, c);
    const x2 = x + Math.min(width, c);
    const y2 = y + Math.max(0, c - width);
    lines.push(el('line', { x1: round2(x1), y1: round2(y1), x2: round2(x2), y2: round2(y2) }));
  }
  return el('g', { stroke: options.stroke, 'stroke-width': options.strokeWidth ?? 1, 'data-pattern': 'hatched' }, lines);
}
