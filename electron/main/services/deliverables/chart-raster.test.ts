import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { assessmentRadar } from '../../../../shared/charts/assessment-charts';
import { renderSvgToString } from '../../../../shared/charts/render-svg';
import { deliverableFixture } from '../../../../shared/deliverables/deliverable-fixture';
import { frameworkFor } from '../../../../shared/deliverables/deliverable-scope';
import { rasterizeSvg } from './chart-raster';

const svg = (text: string, family: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40"><text x="10" y="28" font-size="20" font-family="${family}">${text}</text></svg>`;

/** Dark pixels in an RGBA bitmap: how much ink was drawn. */
function ink(png: Buffer): number {
  let dark = 0;
  // Decode through resvg: wrap the PNG in an SVG image and read its pixels back.
  const decoded = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="80"><image width="400" height="80" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`).render().pixels;
  for (let i = 0; i < decoded.length; i += 4) if (decoded[i]! < 128 && decoded[i + 3]! > 0) dark += 1;
  return dark;
}

describe('rasterizeSvg', () => {
  it('draws chart text in the bundled Inter, whatever family the chart asks for first', () => {
    const png = rasterizeSvg(svg('Culture 2 → 3', "Inter, 'Segoe UI', system-ui, sans-serif"), 400);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(ink(png)).toBeGreaterThan(200);
    // A family no machine has still gets Inter: text never silently disappears.
    expect(ink(rasterizeSvg(svg('Culture 2 → 3', 'No Such Font'), 400))).toBeGreaterThan(200);
    expect(ink(rasterizeSvg(svg('', 'Inter'), 400))).toBe(0);
  });

  it('renders the app’s radar at the asked width', () => {
    const input = deliverableFixture();
    const assessment = input.client.assessments.at(-1)!;
    const framework = frameworkFor(input.client, assessment, input.frameworks)!;
    const png = rasterizeSvg(renderSvgToString(assessmentRadar(assessment, framework, { idPrefix: 't' })), 800);
    expect(png.readUInt32BE(16)).toBe(800);
  });
});
