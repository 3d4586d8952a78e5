import type { ReportSection } from '../../deliverable-request';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { keepWithNext } from '../report-style';
import { sectionHeading, type ReportContext } from '../report-context';

/**
 * A section's opening (outline entry, title, headline, rule) without the page break: for the
 * short sections drawn from the client's records (stage-1, audit, stakeholders, organization),
 * which follow on the same page so a long engagement's body stays short. The opening is kept
 * with `first`, so it is never left alone at the foot of a page.
 */
export function flowingHeading(ctx: ReportContext, section: ReportSection, ...first: PdfContent[]): PdfNode {
  const [kicker, ...rest] = sectionHeading(ctx, section);
  const opening = typeof kicker === 'object' && kicker !== null && !Array.isArray(kicker) ? { ...kicker, pageBreak: undefined, margin: [0, 18, 0, 6] as [number, number, number, number] } : kicker!;
  return keepWithNext(opening, ...rest, ...first);
}
