import type { Assessment } from '../../assessment/assessment-schema';
import type { Client } from '../../domain/client';
import type { Framework } from '../../frameworks/framework-schema';
import type { DeliverableInput } from '../deliverable-input';
import type { ReportSection } from '../deliverable-request';
import { deliverableScope, frameworkFor, type DeliverableScope } from '../deliverable-scope';
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
  /** Section titles, for headings and cross-references. */
  titles: Record<ReportSection, string>;
}

function latestAssessment(input: DeliverableInput, scope: DeliverableScope): ReportContext['assessment'] {
  for (let index = scope.assessments.length - 1; index >= 0; index -= 1) {
    const assessment = scope.assessments[index]!;
    const framework = frameworkFor(input.client, assessment, input.frameworks);
    if (!framework) continue;
    const previous = scope.assessments.slice(0, index).reverse().find((earlier) => earlier.frameworkId === assessment.frameworkId) ?? null;
    return { assessment, framework, previous };
  }
  return null;
}

export function reportContext(input: DeliverableInput, titles: Record<ReportSection, string>): ReportContext {
  const scope = deliverableScope(input);
  return {
    input,
    client: input.client,
    scope,
    brand: brandColour(input.profile.brandColour),
    today: input.generatedAt.slice(0, 10),
    assessment: latestAssessment(input, scope),
    stakeholderNames: new Map(input.client.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name])),
    titles,
  };
}

/** A section's opening: on a new page, in the contents, with a thin brand rule. */
export function sectionHeading(ctx: ReportContext, section: ReportSection, kicker: string): PdfContent[] {
  return [
    { text: kicker.toUpperCase(), style: 'kicker', pageBreak: 'before' },
    { text: ctx.titles[section], style: 'h1', tocItem: true, id: `section-${section}`, tocMargin: [0, 4, 0, 0] },
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
