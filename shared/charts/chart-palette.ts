/**
 * Colours chosen to stay apart for the common colour-vision deficiencies (blue vs orange)
 * and to print in greyscale: series also differ by line style, never by colour alone.
 */
export const SERIES_COLOURS = {
  current: '#1f5fa8',
  target: '#d9730d',
  previous: '#5f6b7a',
} as const;
export type SeriesColours = { [K in keyof typeof SERIES_COLOURS]: string };

export const NEUTRAL = {
  grid: '#c9d1db',
  axis: '#9aa5b1',
  text: '#1f2933',
  mutedText: '#5f6b7a',
  notApplicable: '#eceff3',
  emptyCell: '#ffffff',
} as const;

const LIGHT = [0xdb, 0xe8, 0xf6] as const;
const DARK = [0x15, 0x3e, 0x75] as const;

const hex = (channels: readonly number[]): string => `#${channels.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/** Fill for a reached stage: light for stage 1, darkening step by step to the top stage. */
export function sequentialColour(level: number, stageCount: number): string {
  const t = stageCount <= 1 ? 1 : Math.min(1, Math.max(0, (level - 1) / (stageCount - 1)));
  return hex(LIGHT.map((light, index) => light + (DARK[index]! - light) * t));
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
export function luminance(colour: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or dark text, whichever contrasts more with the fill. */
export const textColourOn = (fill: string): string => (luminance(fill) < 0.22 ? '#ffffff' : NEUTRAL.text);

/** Alerts inside charts (a dependency scheduled too early): the report's danger red. */
export const ALERT = '#b3261e';

/**
 * Categorical colours for series that have no order (competitors in share of voice,
 * roadmap tracks): the own series first, then hues that stay apart in greyscale print.
 */
export const CATEGORY_COLOURS = ['#1f5fa8', '#d9730d', '#5f6b7a', '#7a4fb0', '#2e7d4f', '#b08a00', '#9c3d6b', '#3f8fb5'] as const;

/** The colour of category `index`, cycling when there are more categories than colours. */
export const categoryColour = (index: number): string => CATEGORY_COLOURS[((index % CATEGORY_COLOURS.length) + CATEGORY_COLOURS.length) % CATEGORY_COLOURS.length]!;

/** Quadrant fills of the 2×2 matrices: the favourable quadrant tinted, the others near white. */
export const QUADRANT_FILLS = { favourable: '#e3efe6', costly: '#f3f5f8', minor: '#fafbfc', avoid: '#fbefe8' } as const;
