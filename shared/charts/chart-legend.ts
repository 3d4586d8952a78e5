import { NEUTRAL } from './chart-palette';
import { estimateTextWidth } from './chart-text';
import { el, round2, txt, type SvgElement } from './svg-tree';

export interface LegendItem {
  /** Drawn in an 18 × 14 box at the item's origin. */
  swatch: SvgElement;
  text: string;
}

const SWATCH_ROOM = 26;
const ITEM_GAP = 18;
const LINE_HEIGHT = 20;

/**
 * A legend that wraps onto further lines instead of widening the chart: items are placed
 * left to right from (x, y) and start a new line when the next would pass `maxWidth`.
 */
export function chartLegend(items: readonly LegendItem[], options: { x: number; y: number; maxWidth: number; fontSize?: number }): { node: SvgElement; width: number; height: number } {
  const fontSize = options.fontSize ?? 10.5;
  let cursorX = 0;
  let line = 0;
  let widest = 0;
  const nodes = items.map((item) => {
    const itemWidth = SWATCH_ROOM + estimateTextWidth(item.text, fontSize);
    if (cursorX > 0 && cursorX + itemWidth > options.maxWidth) {
      cursorX = 0;
      line += 1;
    }
    const node = el('g', { transform: `translate(${round2(options.x + cursorX)} ${round2(options.y + line * LINE_HEIGHT)})` }, [
      item.swatch,
      el('text', { x: SWATCH_ROOM, y: 11.5, 'font-size': fontSize, fill: NEUTRAL.text }, [txt(item.text)]),
    ]);
    widest = Math.max(widest, cursorX + itemWidth);
    cursorX += itemWidth + ITEM_GAP;
    return node;
  });
  return { node: el('g', { 'data-part': 'legend' }, nodes), width: widest, height: items.length === 0 ? 0 : (line + 1) * LINE_HEIGHT };
}
