import type { PdfContent, PdfNode } from './pdf-doc-types';

const childrenOf = (content: PdfNode): unknown[] => [content.text, content.stack, content.columns, content.ul, content.ol, content.table?.body].filter((child) => child !== undefined);

/** Every node of a pdfmake content tree, depth first (for checks on what a document holds). */
export function contentNodes(content: PdfContent): PdfNode[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(contentNodes);
  const children = childrenOf(content).filter((child) => typeof child !== 'string') as PdfContent[];
  return [content, ...children.flatMap(contentNodes)];
}

/** All the text a reader would see in a content tree, joined by spaces. */
export function contentText(content: PdfContent): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(contentText).join(' ');
  return childrenOf(content).map((child) => contentText(child as PdfContent)).join(' ');
}
