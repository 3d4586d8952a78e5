import { Resvg } from '@resvg/resvg-js';
import { reportFontSet } from './report-fonts';

/** Charts are rasterized at this multiple of their size on the sheet, so they stay sharp when zoomed or printed. */
export const RASTER_SCALE = 2;

let fontFiles: string[] | null = null;

/**
 * A chart's SVG as PNG bytes, `width` pixels wide (the height follows the chart's aspect).
 * Text is set in the bundled Inter files only: no system fonts, no network, so the image
 * is the same on every machine. Runs in the export worker, never in the renderer.
 */
export function rasterizeSvg(svg: string, width: number): Buffer {
  fontFiles ??= Object.values(reportFontSet());
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    background: '#ffffff',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  });
  return resvg.render().asPng();
}
