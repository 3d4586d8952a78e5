import { ALERT, CATEGORY_COLOURS, NEUTRAL, SERIES_COLOURS, SERIES_COLOURS_ON_DARK } from '../charts/chart-palette';

/** "mutedText" → "muted-text", for custom property names. */
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const declarations = (entries: ReadonlyArray<readonly [string, string]>, indent: string): string =>
  entries.map(([name, value]) => `${indent}--chart-${name}: ${value};`).join('\n');

/** Every chart colour as a custom property name and value, light screens and paper. */
export function chartTokenEntries(): Array<readonly [string, string]> {
  return [
    ...Object.entries(SERIES_COLOURS).map(([name, value]) => [kebab(name), value] as const),
    ...CATEGORY_COLOURS.map((value, index) => [`category-${index + 1}`, value] as const),
    ...Object.entries(NEUTRAL).map(([name, value]) => [kebab(name), value] as const),
    ['alert', ALERT] as const,
  ];
}

/**
 * The stylesheet that gives the app the chart palette of `shared/charts/chart-palette.ts`
 * as `--chart-*` custom properties, so a legend, a stage picker or a bar drawn in CSS
 * uses the very colours of the SVG charts and the reports. Written to
 * renderer/src/styles/chart-tokens.css by scripts/chart-tokens.ts; a test keeps the file
 * equal to this output.
 */
export function chartTokensCss(): string {
  const dark = Object.entries(SERIES_COLOURS_ON_DARK).map(([name, value]) => [kebab(name), value] as const);
  return [
    '/* Generated from shared/charts/chart-palette.ts by `npx tsx scripts/chart-tokens.ts`: edit the palette, not this file. */',
    ':root {',
    declarations(chartTokenEntries(), '  '),
    '}',
    '',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    declarations(dark, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
