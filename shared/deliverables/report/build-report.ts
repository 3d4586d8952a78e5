import type { DeliverableInput } from '../deliverable-input';
import type { ReportSection } from '../deliverable-request';
import { REPORT_SECTIONS } from '../deliverable-request';
import type { ReportDocument } from './pdf-doc-types';
import { REPORT_TITLE, reportContext } from './report-context';
import { REPORT_SECTION_REGISTRY, REPORT_SECTION_TITLES } from './report-sections';
import { mixWithWhite } from '../../design/colour';
import { CONTENT_WIDTH, INK, PAGE, RULE, reportStyles } from './report-style';
import { LOGO_DATA_URL, contents, cover } from './sections/cover';

export type { ReportDocument } from './pdf-doc-types';
export { REPORT_TITLE } from './report-context';
export { REPORT_SECTION_TITLES } from './report-sections';

/**
 * The report as a pdfmake document: a branded cover, contents, then the requested
 * sections in the canonical order (REPORT_SECTIONS), each on a new page. A requested
 * section with no data yet keeps its heading and says so in one line, so the contents
 * always match what was asked for. Pure: no fonts, files or clock; the only image is the
 * consultant's logo from the input, and charts are SVG markup from shared/charts.
 */
export function buildReportDocument(input: DeliverableInput, sections: readonly ReportSection[]): ReportDocument {
  const ctx = reportContext(input, REPORT_SECTION_TITLES);
  const { scope, brand } = ctx;
  const wanted = new Set(sections);
  const body = REPORT_SECTIONS.filter((section) => wanted.has(section)).flatMap((section) => REPORT_SECTION_REGISTRY[section].build(ctx));
  const footerName = input.profile.firm.trim() || input.profile.name.trim() || `${input.client.name} · ${REPORT_TITLE}`;
  const logo = input.logoDataUrl && LOGO_DATA_URL.test(input.logoDataUrl) ? { logo: input.logoDataUrl } : undefined;
  return {
    info: {
      title: `${input.client.name} – ${scope.engagement?.title ?? 'All engagements'} – ${REPORT_TITLE}`,
      author: [input.profile.name, input.profile.firm].filter(Boolean).join(', '),
      subject: `${REPORT_TITLE}: ${[scope.engagement?.title ?? 'all engagements', ctx.assessment?.framework.name].filter(Boolean).join(', ')}`,
      keywords: 'social business, maturity assessment, roadmap, KPIs',
      creator: `Cairn ${input.appVersion}`,
      producer: 'Cairn',
    },
    language: ctx.locale,
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    defaultStyle: { fontSize: 9.5, color: INK, lineHeight: 1.25 },
    styles: reportStyles(brand),
    ...(logo ? { images: logo } : {}),
    // The running header and its rule are drawn with the page background, and the footer
    // carries the page number: pdfmake lays out every dynamic header, footer and background
    // on every page, so two blocks instead of three is measurably faster on a long report.
    background: (page) =>
      page === 1
        ? [
            { canvas: [{ type: 'rect', x: 0, y: 0, w: 14, h: PAGE.height, color: brand }] },
            { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: 6, color: mixWithWhite(brand, 0.6) }], absolutePosition: { x: 0, y: PAGE.height - 6 } },
          ]
        : [
            { text: [{ text: input.client.name, bold: true, color: INK }, { text: `   ·   ${REPORT_TITLE}` }], style: 'small', absolutePosition: { x: PAGE.marginX, y: 30 } },
            { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }], absolutePosition: { x: PAGE.marginX, y: 46 } },
          ],
    footer: (page, pages) =>
      page === 1
        ? ''
        : {
            margin: [PAGE.marginX, 24, PAGE.marginX, 0],
            text: [{ text: `${footerName}   ·   ` }, { text: `${page}`, bold: true, color: INK }, { text: ` / ${pages}` }],
            style: 'small',
            alignment: 'right',
          },
    // No pageBreakBefore: pdfmake lays the whole document out again for every break it asks
    // for, and collects node details for every node just to ask. Headings are kept with their
    // content by construction instead (keepWithNext blocks, phase headings in table header rows).
    content: [...cover(ctx), ...contents(ctx, REPORT_SECTIONS.filter((section) => wanted.has(section))), ...body],
  };
}

