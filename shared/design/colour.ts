/**
 * Colour arithmetic shared by the charts, the PDF report and the workbook: one WCAG
 * luminance formula and one way of lightening a colour, so the three never drift.
 * Colours are #rrggbb strings.
 */

const channel = (colour: string, offset: number): number => Number.parseInt(colour.slice(offset, offset + 2), 16);
const hexByte = (value: number): string => Math.round(value).toString(16).padStart(2, '0');

/** Relative luminance (WCAG 2) of a #rrggbb colour: 0 for black, 1 for white. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((offset) => {
    const c = channel(colour, offset) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour mixed with white: `whiteShare` 0 keeps the colour, 1 gives white, 0.9 a pale
 * fill to put text on. The one way Cairn lightens a colour (report fills, workbook cells).
 */
export function mixWithWhite(colour: string, whiteShare: number): string {
  const share = Math.min(1, Math.max(0, whiteShare));
  return `#${[1, 3, 5].map((offset) => hexByte(channel(colour, offset) + (255 - channel(colour, offset)) * share)).join('')}`;
}

/** Is the colour dark enough that white text reads better on it than dark text? */
export const isDarkColour = (colour: string, threshold = 0.45): boolean => relativeLuminance(colour) < threshold;
