import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS } from '../shared/charts/chart-palette';
import { chartTokensCss } from '../shared/design/chart-tokens';


// Vitest runs from the repository root.
const css = readFileSync(path.join(process.cwd(), 'renderer/src/styles/chart-tokens.css'), 'utf8');

describe('chart-tokens.css', () => {
  it('is exactly what the chart palette generates (run `npx tsx scripts/chart-tokens.ts` after changing the palette)', () => {
    expect(css).toBe(chartTokensCss());
  });

  it('gives the app the series colours the SVG charts and the reports draw with', () => {
    expect(css).toContain(`--chart-current: ${SERIES_COLOURS.current};`);
    expect(css).toContain(`--chart-target: ${SERIES_COLOURS.target};`);
  });
});
