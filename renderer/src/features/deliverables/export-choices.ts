import { SHEET_NAMES } from '../../../../shared/deliverables/workbook/workbook-columns';
import { REPORT_SECTIONS, WORKBOOK_SHEETS, type ReportSection, type WorkbookSheet } from '../../../../shared/deliverables/deliverable-request';

/** Where an older Cairn kept the chosen sections (now in main's preferences, see useExportChoices). */
export const LEGACY_STORAGE_KEY = 'cairn.export.sections';

export type { ExportFormat } from '../../../../shared/deliverables/export-choices';

/** What each section is called in the picker, in the documents' own order. */
export const SECTION_LABELS: { workbook: Record<WorkbookSheet, string>; report: Record<ReportSection, string> } = {
  workbook: SHEET_NAMES,
  report: {
    'executive-summary': 'Executive summary',
    maturity: 'Maturity radar and heat map',
    findings: 'Findings by competency',
    gaps: 'Gap table',
    'ten-stages': 'Ten-stage model',
    'stage-one': 'Stage-1 diagnosis and six moves',
    audit: 'Social business audit coverage',
    stakeholders: 'Stakeholder map',
    organization: 'Organization and operating model',
    roadmap: 'Roadmap portfolio',
    kpis: 'KPI plan',
    workshops: 'Workshop outcomes',
    actions: 'Actions',
    initiatives: 'Appendix: initiative cards',
    'workshop-notes': 'Appendix: workshop notes',
    'action-register': 'Appendix: action register',
    method: 'Appendix: method',
  },
};

export const ALL_SECTIONS: { workbook: readonly string[]; report: readonly string[] } = { workbook: WORKBOOK_SHEETS, report: REPORT_SECTIONS };
