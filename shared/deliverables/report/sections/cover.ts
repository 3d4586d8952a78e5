import { isAllowedLink } from '../document-safety';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, MUTED, PAGE, longDate } from '../report-style';
import { REPORT_TITLE, type ReportContext } from '../report-context';

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
    { text: REPORT_TITLE.toUpperCase(), style: 'kicker', fontSize: 9, characterSpacing: 2 },
    { text: client.name, fontSize: 32, bold: true, color: INK, lineHeight: 1.05, margin: [0, 4, 0, 8] },
    { text: engagement ? engagement.title : 'All engagements', fontSize: 15, color: MUTED, margin: [0, 0, 0, 18] },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 4, color: ctx.brand }], margin: [0, 0, 0, 18] },
    { text: longDate(input.generatedAt), fontSize: 11, color: INK },
    ...(client.industry || client.region ? [{ text: [client.industry, client.region].filter(Boolean).join(' · '), fontSize: 10, color: MUTED, margin: [0, 2, 0, 0] } as PdfNode] : []),
    {
      stack: [
        { text: 'Prepared by', style: 'small', margin: [0, 0, 0, 2] },
        ...(consultant ? [{ text: consultant, fontSize: 11, bold: true, color: INK } as PdfNode] : []),
        ...(firm ? [{ text: firm, fontSize: 10, color: INK } as PdfNode] : []),
        ...(email && isAllowedLink(mailto) ? [{ text: email, fontSize: 9, color: ctx.brand, link: mailto } as PdfNode] : []),
      ],
      absolutePosition: { x: PAGE.marginX + 10, y: PAGE.height - 150 },
    },
  ];
}

export function contents(): PdfContent[] {
  return [
    { text: 'CONTENTS', style: 'kicker', pageBreak: 'before' },
    {
      toc: {
        title: { text: 'Contents', style: 'h1', margin: [0, 0, 0, 18] },
        textStyle: { fontSize: 11, color: INK },
        numberStyle: { fontSize: 11, color: MUTED },
        textMargin: [0, 4, 0, 4],
      },
    },
  ];
}
