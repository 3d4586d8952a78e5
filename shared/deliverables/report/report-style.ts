import { ALERT } from '../../charts/chart-palette';
import { DEFAULT_LOCALE, formatDate } from '../../format/format';
import { isDarkColour } from '../../design/colour';
import type { PdfContent, PdfNode, PdfTableLayout, PdfTextStyle } from './pdf-doc-types';

/** A4 in points, and the margins every report and agenda page keeps. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 56, marginTop: 68, marginBottom: 60 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const INK = '#1d2731';
export const BODY = '#33404c';
export const MUTED = '#6b7783';
export const RULE = '#d9dee3';
export const ZEBRA = '#f5f7f8';
/** The charts' alert red, so a report's warnings and its charts agree. */
export const DANGER = ALERT;
export const WARNING = '#a15c00';
export const SUCCESS = '#1e7a3c';

const HEX = /^#[0-9a-fA-F]{6}$/;
/** The consultant's brand colour, or Cairn's green when it is not a plain hex colour. */
export const brandColour = (colour: string | undefined): string => (colour && HEX.test(colour) ? colour.toLowerCase() : '#1f6f5c');

/** "2026-03-02" or a timestamp → "2 March 2026" (through shared/format, in `locale`). */
export const longDate = (iso: string | null | undefined, locale: string = DEFAULT_LOCALE): string => formatDate(iso, locale, 'long');

/** "2026-03-02" → "2 Mar 2026", for table cells. */
export const shortDate = (iso: string | null | undefined, locale: string = DEFAULT_LOCALE): string => formatDate(iso, locale, 'short');

/**
 * Letter spacing for small capitals labels, as a share of the font size. pdftotext (and
 * screen readers that use the same heuristics) read a gap wider than about 0.09 em as a
 * space, so labels stay below that and still extract as words.
 */
export const LABEL_SPACING_EM = 0.06;
export const labelSpacing = (fontSize: number): number => Math.round(fontSize * LABEL_SPACING_EM * 100) / 100;

export function reportStyles(brand: string): Record<string, PdfTextStyle> {
  return {
    h1: { fontSize: 20, bold: true, color: INK, margin: [0, 0, 0, 4] },
    h2: { fontSize: 12.5, bold: true, color: INK, margin: [0, 16, 0, 6] },
    h3: { fontSize: 10.5, bold: true, color: brand, margin: [0, 10, 0, 4] },
    kicker: { fontSize: 8, bold: true, color: brand, characterSpacing: labelSpacing(8), margin: [0, 0, 0, 6] },
    // A small letter-spaced label over a block; spaced with characterSpacing, so text extraction still reads words.
    label: { fontSize: 7.5, bold: true, color: MUTED, characterSpacing: labelSpacing(7.5), margin: [0, 6, 0, 3] },
    lead: { fontSize: 11, color: BODY, lineHeight: 1.4, margin: [0, 0, 0, 10] },
    body: { fontSize: 9.5, color: BODY, lineHeight: 1.35, margin: [0, 0, 0, 6] },
    note: { fontSize: 8.5, italics: true, color: MUTED, lineHeight: 1.3, margin: [0, 2, 0, 8] },
    small: { fontSize: 8, color: MUTED },
    th: { fontSize: 8, bold: true, color: isDarkColour(brand) ? '#ffffff' : INK },
    td: { fontSize: 8.5, color: BODY, lineHeight: 1.2 },
    tdStrong: { fontSize: 8.5, bold: true, color: INK, lineHeight: 1.2 },
    figure: { fontSize: 22, bold: true, color: brand },
    figureLabel: { fontSize: 7.5, color: MUTED, characterSpacing: labelSpacing(7.5) },
  };
}

/** Hairline rows under a brand-coloured header: the table look of every Cairn document. */
export function tableLayout(brand: string): PdfTableLayout {
  return {
    hLineWidth: (index, node) => (index === 0 || index === (node as { table: { body: unknown[] } }).table.body.length ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => RULE,
    fillColor: (rowIndex, node) => (rowIndex < ((node as { table: { headerRows?: number } }).table.headerRows ?? 0) ? brand : null),
    paddingLeft: () => 6,
    paddingRight: () => 6,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  };
}

/** A table with one header row repeated on every page and rows that never split. */
export function dataTable(brand: string, widths: (number | string)[], header: string[], rows: PdfContent[][]): PdfNode {
  return {
    table: {
      widths,
      headerRows: 1,
      dontBreakRows: true,
      body: [header.map((label) => ({ text: label, style: 'th' })), ...rows],
    },
    layout: tableLayout(brand),
    // Cells inherit the body style from the table: one style for thousands of cells.
    style: 'td',
    margin: [0, 4, 0, 12],
  };
}

export const cell = (text: string, style: PdfTextStyle & { style?: string } = {}): PdfContent => (Object.keys(style).length === 0 ? text : { text, ...style });

/**
 * A heading and the start of what it introduces, never split across pages: this is how
 * Cairn keeps headings from being orphaned at a page bottom. (pdfmake's pageBreakBefore
 * would lay the whole document out again for every heading it moves.)
 */
export const keepWithNext = (...nodes: PdfContent[]): PdfNode => ({ stack: nodes, unbreakable: true });

/** Paragraphs from a consultant's text: blank lines separate them, single newlines stay. */
export function paragraphs(text: string, style = 'body'): PdfNode[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ text: part, style }));
}
