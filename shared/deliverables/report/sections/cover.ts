import { isAllowedLink } from '../document-safety';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, MUTED, PAGE, labelSpacing, longDate } from '../report-style';
import { REPORT_TITLE, sectionAnchor, type ReportContext } from '../report-context';
import { REPORT_APPENDIX_SECTIONS, type ReportSection } from '../../deliverable-request';

export const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

export function cover(ctx: ReportContext): PdfContent[] {
  const { input, client, scope } = ctx;
  const engagement = scope.engagement;
  const logo: PdfContent[] = input.logoDataUrl && LOGO_DATA_URL.test(input.logoDataUrl) ? [{ image: 'logo', fit: [150, 56], margin: [0, 0, 0, 0] }] : [{ text: ' ', fontSize: 1 }];
  const consultant = input.profile.name.trim();
  const firm = input.profile.firm.trim();
  const email = input.profile.email.trim();
  const mailto = `mailto:${email}`;
  return [
    { stack: logo, margin: [0, 0, 0, 170] },
    { text: REPORT_TITLE.toUpperCase(), style: 'kicker', fontSize: 9, characterSpacing: labelSpacing(9) },
    { text: client.name, fontSize: 32, bold: true, color: INK, lineHeight: 1.05, margin: [0, 4, 0, 8] },
    { text: engagement ? engagement.title : 'All engagements', fontSize: 15, color: MUTED, margin: [0, 0, 0, 18] },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 4, color: ctx.brand }], margin: [0, 0, 0, 18] },
    { text: longDate(input.generatedAt, ctx.locale), fontSize: 11, color: INK },
    ...(client.industry || client.region ? [{ text: [client.industry, client.region].filter(Boolean).join(' · '), fontSize: 10, color: MUTED, margin: [0, 2, 0, 0] } as PdfNode] : []),
    // "Prepared by" only over a name or a firm: never an empty credit.
    ...(consultant || firm ? [{
      stack: [
        { text: 'Prepared by', style: 'small', margin: [0, 0, 0, 2] },
        ...(consultant ? [{ text: consultant, fontSize: 11, bold: true, color: INK } as PdfNode] : []),
        ...(firm ? [{ text: firm, fontSize: 10, color: INK } as PdfNode] : []),
        ...(email && isAllowedLink(mailto) ? [{ text: email, fontSize: 9, color: ctx.brand, link: mailto } as PdfNode] : []),
      ],
      absolutePosition: { x: PAGE.marginX + 10, y: PAGE.height - 150 },
    } as PdfNode] : []),
  ];
}

/**
 * The contents: one line per section with its page number, the body first and then the
 * appendix under its own label. Lines are built here (not with pdfmake's toc) so the
 * contents show each section's topic while the page shows its message heading.
 */
export function contents(ctx: ReportContext, sections: readonly ReportSection[]): PdfContent[] {
  const line = (section: ReportSection): PdfContent[] => [
    { text: ctx.titles[section], linkToDestination: sectionAnchor(section), fontSize: 11, color: INK, margin: [0, 4, 0, 4] },
    { text: '00000', pageReference: sectionAnchor(section), linkToDestination: sectionAnchor(section), fontSize: 11, color: MUTED, alignment: 'right', margin: [0, 4, 0, 4] },
  ];
  const body = sections.filter((section) => !REPORT_APPENDIX_SECTIONS.includes(section));
  const appendix = sections.filter((section) => REPORT_APPENDIX_SECTIONS.includes(section));
  const rows: PdfContent[][] = [...body.map(line), ...(appendix.length > 0 ? [[{ text: 'APPENDIX', style: 'kicker', margin: [0, 14, 0, 0] } as PdfNode, ''], ...appendix.map(line)] : [])];
  return [
    { text: 'CONTENTS', style: 'kicker', pageBreak: 'before' },
    { text: 'Contents', style: 'h1', margin: [0, 0, 0, 18] },
    ...(rows.length > 0 ? [{ table: { widths: ['*', 'auto'], body: rows }, layout: 'noBorders' } as PdfNode] : []),
  ];
}
