/**
 * The part of pdfmake's document definition Cairn's builders produce, as plain data.
 * pdfmake 0.3 ships no types, and `shared/` may not import it anyway; the writer in main
 * hands this object to pdfmake as it is.
 */
export type PdfContent = string | PdfNode | PdfContent[];

export type PdfMargins = number | [number, number] | [number, number, number, number];

export interface PdfTextStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fillColor?: string;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  lineHeight?: number;
  characterSpacing?: number;
  margin?: PdfMargins;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  noWrap?: boolean;
}

export interface PdfTableLayout {
  hLineWidth?: (index: number, node: unknown) => number;
  vLineWidth?: (index: number, node: unknown) => number;
  hLineColor?: (index: number, node: unknown) => string;
  vLineColor?: (index: number, node: unknown) => string;
  fillColor?: (rowIndex: number, node: unknown, columnIndex: number) => string | null;
  paddingLeft?: (index: number, node: unknown) => number;
  paddingRight?: (index: number, node: unknown) => number;
  paddingTop?: (index: number, node: unknown) => number;
  paddingBottom?: (index: number, node: unknown) => number;
}

export interface PdfNode extends PdfTextStyle {
  text?: PdfContent;
  stack?: PdfContent[];
  columns?: PdfContent[];
  ul?: PdfContent[];
  ol?: PdfContent[];
  table?: {
    widths?: (number | string)[];
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
    body: PdfContent[][];
  };
  layout?: string | PdfTableLayout;
  /** SVG markup (from shared/charts); drawn as vectors. */
  svg?: string;
  /** A key of the document's `images` dictionary (only the logo, as a data: URL). */
  image?: string;
  canvas?: Record<string, unknown>[];
  toc?: { title?: PdfContent; numberStyle?: PdfTextStyle; textStyle?: PdfTextStyle; textMargin?: PdfMargins };
  tocItem?: boolean;
  /** A bookmark in the PDF outline: `outlineText` (or the text), under `outlineParentId`'s bookmark. */
  outline?: boolean;
  outlineText?: string;
  outlineParentId?: string;
  outlineExpanded?: boolean;
  tocStyle?: PdfTextStyle;
  tocMargin?: PdfMargins;
  tocNumberStyle?: PdfTextStyle;
  id?: string;
  style?: string | string[];
  width?: number | string;
  height?: number;
  fit?: [number, number];
  colSpan?: number;
  rowSpan?: number;
  columnGap?: number;
  pageBreak?: 'before' | 'after';
  headlineLevel?: number;
  unbreakable?: boolean;
  /** https: or mailto: only; the writer refuses anything else. */
  link?: string;
  linkToDestination?: string;
  pageReference?: string;
  border?: [boolean, boolean, boolean, boolean];
  borderColor?: [string, string, string, string];
  absolutePosition?: { x: number; y: number };
  relativePosition?: { x: number; y: number };
  opacity?: number;
  listType?: string;
  /** First number of an ordered list. */
  start?: number;
  markerColor?: string;
  separator?: string;
}

export type PdfDynamic = (currentPage: number, pageCount: number) => PdfContent;

export interface ReportDocument {
  info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string; keywords?: string };
  pageSize?: 'A4' | 'LETTER';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: PdfMargins;
  defaultStyle?: PdfTextStyle;
  styles?: Record<string, PdfTextStyle>;
  /** Only the consultant's logo, as a data: URL. */
  images?: Record<string, string>;
  header?: PdfContent | PdfDynamic;
  footer?: PdfContent | PdfDynamic;
  background?: PdfContent | PdfDynamic;
  content: PdfContent;
  /** pdfmake 0.3 passes the neighbours as lazy getters. */
  pageBreakBefore?: (currentNode: PdfNodeInfo, nodes: PdfNeighbours) => boolean;
  /** BCP 47 tag written as the document's /Lang. */
  language?: string;
  /** Show the title, not the file name, in the reader's title bar. */
  displayTitle?: boolean;
  compress?: boolean;
}

export interface PdfNeighbours {
  getFollowingNodesOnPage(): PdfNodeInfo[];
  getNodesOnNextPage(): PdfNodeInfo[];
  getPreviousNodesOnPage(): PdfNodeInfo[];
}

/** What pdfmake tells pageBreakBefore about a node. */
export interface PdfNodeInfo {
  id?: string;
  headlineLevel?: number;
  text?: unknown;
  style?: unknown;
  pageNumbers: number[];
  pages: number;
  startPosition: { pageNumber: number; top: number; verticalRatio: number; left: number };
}
