import type { ReportSection } from '../deliverable-request';
import type { PdfContent } from './pdf-doc-types';
import type { ReportContext } from './report-context';
import { actionRegister } from './sections/action-register';
import { actions } from './sections/actions';
import { auditSection } from './sections/audit';
import { kpiCharts } from './sections/kpi-charts';
import { maturityChange } from './sections/maturity-change';
import { organizationSection } from './sections/organization';
import { roadmapCharts } from './sections/roadmap-charts';
import { stageOneSection } from './sections/stage-one';
import { stakeholderMap } from './sections/stakeholder-map';
import { executiveSummary } from './sections/executive-summary';
import { findings } from './sections/findings';
import { gaps } from './sections/gaps';
import { initiativesSection } from './sections/initiatives';
import { kpis } from './sections/kpis';
import { maturity } from './sections/maturity';
import { method } from './sections/method';
import { roadmap } from './sections/roadmap';
import { tenStages } from './sections/ten-stages';
import { workshopNotes } from './sections/workshop-notes';
import { workshops } from './sections/workshops';

/**
 * The report's sections: the one place a section is registered. The order the sections
 * appear in is REPORT_SECTIONS (shared/deliverables/deliverable-request.ts); each entry
 * here gives the title shown in the contents and outline, and the builder of its pages.
 */
export const REPORT_SECTION_REGISTRY: Record<ReportSection, { title: string; build: (ctx: ReportContext) => PdfContent[] }> = {
  'executive-summary': { title: 'Executive summary', build: executiveSummary },
  maturity: { title: 'Maturity assessment', build: (ctx) => [...maturity(ctx), ...maturityChange(ctx)] },
  findings: { title: 'Findings by competency', build: findings },
  gaps: { title: 'Gap analysis', build: gaps },
  'ten-stages': { title: 'Ten-stage placement', build: tenStages },
  'stage-one': { title: 'Stage-1 diagnosis and the six moves', build: stageOneSection },
  audit: { title: 'Social business audit', build: auditSection },
  stakeholders: { title: 'Stakeholder map', build: stakeholderMap },
  organization: { title: 'Organization and operating model', build: organizationSection },
  roadmap: { title: 'Transformation roadmap', build: (ctx) => [...roadmap(ctx), ...roadmapCharts(ctx)] },
  kpis: { title: 'KPI plan', build: (ctx) => [...kpis(ctx), ...kpiCharts(ctx)] },
  workshops: { title: 'Workshop outcomes', build: workshops },
  actions: { title: 'Actions', build: actions },
  initiatives: { title: 'Appendix: initiative cards', build: initiativesSection },
  'workshop-notes': { title: 'Appendix: workshop notes', build: workshopNotes },
  'action-register': { title: 'Appendix: action register', build: actionRegister },
  method: { title: 'Appendix: method', build: method },
};

/** Section headings, as they appear in the contents and at the top of each section. */
export const REPORT_SECTION_TITLES = Object.fromEntries(Object.entries(REPORT_SECTION_REGISTRY).map(([section, entry]) => [section, entry.title])) as Record<ReportSection, string>;
