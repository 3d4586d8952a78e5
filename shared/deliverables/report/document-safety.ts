import type { PdfContent, ReportDocument } from './pdf-doc-types';

/** The only images a document may carry: PNG or JPEG inlined as a data: URL. */
const IMAGE_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$/;
/** Links a reader may follow from a deliverable. */
export const isAllowedLink = (link: string): boolean => /^(https:\/\/[^\s]+|mailto:[^\s]+)$/i.test(link);
/** Node properties that make pdfmake read a file, fetch a URL or embed a file. */
const FORBIDDEN_KEYS = ['attachment', 'files', 'attachments', 'patterns'] as const;

/**
 * Everything in a document that could make pdfmake read a file or fetch a URL that Cairn
 * did not put there: an image that is not an inlined PNG/JPEG, a link that is not https: or
 * mailto:, an SVG that points outside itself, an attachment. Empty when the document is safe.
 * Functions (header, footer, pageBreakBefore) are Cairn's own and are not inspected here;
 * the writer checks what they return when it lays pages out.
 */
export function unsafeReferences(doc: Pick<ReportDocument, 'content' | 'images' | 'header' | 'footer' | 'background'>): string[] {
  const problems: string[] = [];
  const images = doc.images ?? {};
  for (const [key, value] of Object.entries(images)) {
    if (typeof value !== 'string' || !IMAGE_DATA_URL.test(value)) problems.push(`image "${key}" is not an inlined PNG or JPEG`);
  }
  // pdfmake writes measurements and back-references into a document it has laid out, so a
  // document rendered before may hold cycles: visit each object once. The path to a node is
  // kept as a stack and spelled out only for a problem (documents have many thousand nodes).
  const seen = new WeakSet<object>();
  const path: (string | number)[] = [];
  const where = () => path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').slice(1);
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        const child: unknown = node[index];
        if (child === null || typeof child !== 'object') continue;
        path.push(index);
        visit(child);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of FORBIDDEN_KEYS) if (key in record) problems.push(`${where()} has "${key}"`);
    if ('image' in record) {
      const image = record.image;
      const ok = typeof image === 'string' && (Object.hasOwn(images, image) || IMAGE_DATA_URL.test(image));
      if (!ok) problems.push(`${where()} has an image that is not the logo: ${String(image).slice(0, 80)}`);
    }
    if ('link' in record && !(typeof record.link === 'string' && isAllowedLink(record.link))) {
      problems.push(`${where()} links to ${String(record.link).slice(0, 80)}`);
    }
    if ('font' in record && record.font !== undefined && typeof record.font !== 'string') problems.push(`${where()} has a font that is not a name`);
    if ('svg' in record) {
      const svg = record.svg;
      if (typeof svg !== 'string') problems.push(`${where()} has an SVG that is not markup`);
      else if (/<image\b|<use\b|<style\b|<foreignObject\b|@import|url\(\s*['"]?(?!#)/i.test(svg) || /\bhref\s*=\s*["'](?!#)/i.test(svg)) {
        problems.push(`${where()} has an SVG that refers outside itself`);
      }
    }
    for (const key in record) {
      const value = record[key];
      if (value === null || typeof value !== 'object') continue;
      path.push(key);
      visit(value);
      path.pop();
    }
  };
  path.push('content');
  visit(doc.content);
  path.pop();
  for (const part of ['header', 'footer', 'background'] as const) {
    const value = doc[part];
    if (typeof value === 'function') continue;
    path.push(part);
    visit(value);
    path.pop();
  }
  return problems;
}

/** Runs `unsafeReferences` on content a header or footer function returned. */
export const unsafeInContent = (content: PdfContent, images: Record<string, string> | undefined): string[] => unsafeReferences({ content, images });
