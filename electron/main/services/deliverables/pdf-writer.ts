import { resolve } from 'node:path';
// pdfmake 0.3 ships no type declarations; the surface used here is typed below.
import pdfmakeModule from 'pdfmake';
import { unsafeInContent, unsafeReferences } from '../../../../shared/deliverables/report/document-safety';
import type { PdfContent, PdfDynamic, ReportDocument } from '../../../../shared/deliverables/report/pdf-doc-types';
import { logoDataUrlProblem } from '../logo';
import { REPORT_FONT_FAMILY, reportFontSet, type ReportFontSet } from './report-fonts';

interface PdfMake {
  setFonts(fonts: Record<string, ReportFontSet>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}
const pdfmake = pdfmakeModule as PdfMake;

/** A document Cairn refuses to render, with what is wrong. */
export class UnsafeDocumentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The document refers to something outside Cairn: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.`);
    this.name = 'UnsafeDocumentError';
  }
}

/** Files pdfmake may read: exactly the bundled fonts. */
export function localAccessPolicy(fonts: ReportFontSet): (path: string) => boolean {
  const allowed = new Set(Object.values(fonts).map((path) => resolve(path)));
  return (path) => typeof path === 'string' && allowed.has(resolve(path));
}

/** URLs pdfmake may fetch: none. A report is made offline from what Cairn holds. */
export const urlAccessPolicy = (): boolean => false;

/**
 * pdfmake with Cairn's fonts and access policies set (it is one module-wide instance).
 * Exported for the tests that prove the policies hold even for a document that slipped
 * past `unsafeReferences`.
 */
export function configuredPdfmake(): Pick<PdfMake, 'createPdf'> {
  const fonts = reportFontSet();
  pdfmake.setFonts({ [REPORT_FONT_FAMILY]: { ...fonts } });
  pdfmake.setUrlAccessPolicy(urlAccessPolicy);
  pdfmake.setLocalAccessPolicy(localAccessPolicy(fonts));
  return pdfmake;
}

/** Wraps a header/footer function so what it returns at layout time is checked too. */
function guarded(part: PdfContent | PdfDynamic | undefined, images: Record<string, string> | undefined): PdfContent | PdfDynamic | undefined {
  if (typeof part !== 'function') return part;
  return (currentPage, pageCount) => {
    const content = part(currentPage, pageCount);
    const problems = unsafeInContent(content, images);
    if (problems.length > 0) throw new UnsafeDocumentError(problems);
    return content;
  };
}

/** The PDF could not be made because of the consultant's logo: the message says so and what to do. */
export class LogoError extends Error {
  constructor(reason: string) {
    super(`The logo set in Settings cannot be drawn into the PDF: ${reason.replace(/\.$/, '')}. Choose the logo again in Settings, or remove it, and export again.`);
    this.name = 'LogoError';
  }
}

/**
 * Lays out and writes a report or agenda with pdfmake, in Node. Fonts are Cairn's bundled
 * Inter; pdfmake may fetch no URL and read no file but those fonts; images are only the
 * logo inlined by the builder. A document that refers to anything else is refused before
 * pdfmake sees it.
 */
export async function renderPdf(doc: ReportDocument, onProgress?: (fraction: number) => void): Promise<Buffer> {
  const problems = unsafeReferences(doc);
  if (problems.length > 0) throw new UnsafeDocumentError(problems);
  const logo = doc.images?.['logo'];
  const logoProblem = typeof logo === 'string' ? logoDataUrlProblem(logo) : null;
  if (logoProblem) throw new LogoError(logoProblem);
  configuredPdfmake();
  let reached = 0;
  pdfmake.setProgressCallback(
    onProgress
      ? (fraction) => {
          if (Number.isFinite(fraction) && fraction > reached + 0.01) {
            reached = fraction;
            onProgress(Math.min(1, fraction));
          }
        }
      : undefined,
  );
  try {
    const definition = {
      ...doc,
      defaultStyle: { font: REPORT_FONT_FAMILY, ...doc.defaultStyle },
      header: guarded(doc.header, doc.images),
      footer: guarded(doc.footer, doc.images),
      background: guarded(doc.background, doc.images),
    };
    const buffer = await pdfmake.createPdf(definition).getBuffer().catch((error: unknown) => {
      // pdfmake's own words for an image it cannot draw ("Unknown image format", a bad
      // PNG filter...) do not say which image; the only one a document may hold is the logo.
      const message = error instanceof Error ? error.message : String(error);
      if (logo !== undefined && /image|png|jpe?g|zlib|inflate|header|marker/i.test(message)) throw new LogoError(message);
      throw error;
    });
    onProgress?.(1);
    return buffer;
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
