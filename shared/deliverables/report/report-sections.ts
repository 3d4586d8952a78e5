import type { ReportSection } from '../deliverable-request';
import type { PdfContent } from './pdf-doc-types';
import type { ReportContext } from './report-context';
import { actions } from './sections/actions';
import { executiveSummary } from './sections/executive-summary';
import { gaps } from './sections/gaps';
import { initiativesSection } from './sections/initiatives';
import { kpis } from './sections/kpis';
import { maturity } from './sections/maturity';
import { method } from './sections/method';
import { roadmap } from './sections/roadmap';
import { tenStages } from './sections/ten-stages';
import { workshops } from './sections/workshops';

/**
 * The report's sections: the one place a section is registered. The order the sections
 * appear in is REPORT_SECTIONS (shared/deliverables/deliverable-request.ts); each entry
 * here gives the title shown in the contents and outline, and the builder of its pages.
 */
export const REPORT_SECTION_REGISTRY: Record<ReportSection, { title: string; build: (ctx: ReportContext) => PdfContent[] }> = {
  'executive-summary': { title: 'Executive summary', build: executiveSummary },
  maturity: { title: 'Maturity assessment', build: maturity },
  gaps: { title: 'Gap analysis', build: gaps },
  'ten-stages': { title: 'Ten-stage placement', build: tenStages },
  roadmap: { title: 'Transformation roadmap', build: roadmap },
  initiatives: { title: 'Initiatives', build: initiativesSection },
  kpis: { title: 'KPI plan', build: kpis },
  workshops: { title: 'Workshop outcomes', build: workshops },
  actions: { title: 'Actions', build: actions },
  method: { title: 'Appendix: method', build: method },
};

/** Section headings, as they appear in the contents and at the top of each section. */
export const REPORT_SECTION_TITLES = Object.fromEntries(Object.entries(REPORT_SECTION_REGISTRY).map(([section, entry]) => [section, entry.title])) as Record<ReportSection, string>;
