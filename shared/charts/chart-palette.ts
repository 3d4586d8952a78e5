import { relativeLuminance } from '../design/colour';

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

/**
 * The same series lifted for dark screens. The app only (through chart-tokens.css): reports
 * and the charts drawn on their white "paper" panel keep SERIES_COLOURS.
 */
export const SERIES_COLOURS_ON_DARK = {
  current: '#6ea8e8',
  target: '#f0a050',
  previous: '#9aa5b1',
} as const satisfies SeriesColours;

export const NEUTRAL = {
  grid: '#c9d1db',
  axis: '#9aa5b1',
  text: '#1f2933',
  mutedText: '#5f6b7a',
  notApplicable: '#eceff3',
  emptyCell: '#ffffff',
  /** The background charts are drawn on, in the reports and in the app. */
  paper: '#ffffff',
} as const;

const LIGHT = [0xdb, 0xe8, 0xf6] as const;
const DARK = [0x15, 0x3e, 0x75] as const;

const hex = (channels: readonly number[]): string => `#${channels.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/** Fill for a reached stage: light for stage 1, darkening step by step to the top stage. */
export function sequentialColour(level: number, stageCount: number): string {
  const t = stageCount <= 1 ? 1 : Math.min(1, Math.max(0, (level - 1) / (stageCount - 1)));
  return hex(LIGHT.map((light, index) => light + (DARK[index]! - light) * t));
}

/** White or dark text, whichever contrasts more with the fill. */
export const textColourOn = (fill: string): string => (relativeLuminance(fill) < 0.22 ? '#ffffff' : NEUTRAL.text);

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
