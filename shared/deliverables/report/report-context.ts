import type { Assessment } from '../../assessment/assessment-schema';
import type { Client } from '../../domain/client';
import type { Framework } from '../../frameworks/framework-schema';
import { DEFAULT_LOCALE } from '../../format/format';
import type { DeliverableInput } from '../deliverable-input';
import type { ReportSection } from '../deliverable-request';
import type { DeliverableScope } from '../deliverable-scope';
import { sectionHeadline } from '../narrative/headlines';
import { reportFacts, type ReportFacts } from '../narrative/report-facts';
import type { PdfContent, PdfNode } from './pdf-doc-types';
import { brandColour } from './report-style';

export const REPORT_TITLE = 'Social business maturity report';

/** What every section builder reads: the input, its scope and what is derived once for all. */
export interface ReportContext {
  input: DeliverableInput;
  client: Client;
  scope: DeliverableScope;
  brand: string;
  today: string;
  assessment: { assessment: Assessment; framework: Framework; previous: Assessment | null } | null;
  stakeholderNames: Map<string, string>;
  /** Section titles, for the contents, the outline, the labels above headings and cross-references. */
  titles: Record<ReportSection, string>;
  /** What the narrative says, counted once (stage groups, gaps, KPI and action states…). */
  facts: ReportFacts;
  /** The locale numbers and dates are written in (shared/format). */
  locale: string;
}

export function reportContext(input: DeliverableInput, titles: Record<ReportSection, string>): ReportContext {
  const facts = reportFacts(input);
  return {
    input,
    client: input.client,
    scope: facts.scope,
    brand: brandColour(input.profile.brandColour),
    today: facts.today,
    assessment: facts.assessment,
    stakeholderNames: new Map(input.client.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name])),
    titles,
    facts,
    locale: input.locale ?? DEFAULT_LOCALE,
  };
}

/** The id of a section's first node: destination of its contents line and outline entry. */
export const sectionAnchor = (section: ReportSection): string => `section-${section}`;

/**
 * A section's opening, on a new page: the topic as a small letter-spaced label (also the
 * section's bookmark in the PDF outline and its line in the contents), then a heading that
 * states the message (the consultant's, or derived from the data), then a brand rule.
 */
export function sectionHeading(ctx: ReportContext, section: ReportSection): PdfContent[] {
  const title = ctx.titles[section];
  const headline = sectionHeadline(section, ctx.facts, title);
  return [
    { text: title.toUpperCase(), style: 'kicker', pageBreak: 'before', id: sectionAnchor(section), outline: true, outlineText: title },
    { text: headline.text, style: 'h1' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 48, y2: 0, lineWidth: 2.5, lineColor: ctx.brand }], margin: [0, 4, 0, 14] },
  ];
}

export const h2 = (text: string): PdfNode => ({ text, style: 'h2', headlineLevel: 1 });
export const h3 = (text: string): PdfNode => ({ text, style: 'h3', headlineLevel: 2 });
export const note = (text: string): PdfNode => ({ text, style: 'note' });
/** What a requested section says when there is nothing to show yet. */
export const nothingYet = (text: string): PdfNode => ({ text, style: 'note', margin: [0, 6, 0, 6] });

export function stageLabel(framework: Framework, level: number | null): string {
  if (level === null) return '–';
  const name = framework.stages.find((stage) => stage.level === level)?.name;
  return name ? `${level} · ${name}` : String(level);
}

/**
 * A heading and its table, kept together: the heading rides in the table's header rows,
 * so it repeats on a continued page and is never left alone at a page bottom.
 */
export function headedTable(heading: PdfNode, table: PdfNode): PdfContent[] {
  if (!table.table) return [heading, table];
  table.table.body.unshift([{ stack: [heading], colSpan: table.table.body[0]!.length, fillColor: '#ffffff', margin: [-6, 0, 0, 0] }, ...table.table.body[0]!.slice(1).map(() => '')]);
  table.table.headerRows = (table.table.headerRows ?? 0) + 1;
  table.table.keepWithHeaderRows = 1;
  return [table];
}
