import { SHEET_NAMES } from '../../../../shared/deliverables/workbook/workbook-columns';
import { REPORT_SECTIONS, WORKBOOK_SHEETS, type ReportSection, type WorkbookSheet } from '../../../../shared/deliverables/deliverable-request';

export type ExportFormat = 'workbook' | 'report';

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

const STORAGE_KEY = 'cairn.export.sections';

/** Storage the page may use; absent (or throwing) storage means "everything, every time". */
export interface ChoiceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The sections last chosen for a format, in document order; all of them the first time. */
export function rememberedSections(format: ExportFormat, storage: ChoiceStorage | null): string[] {
  const all = ALL_SECTIONS[format];
  try {
    const saved: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    const list = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>)[format] : undefined;
    if (!Array.isArray(list)) return [...all];
    const chosen = all.filter((section) => list.includes(section));
    return format === 'workbook' && chosen.length === 0 ? [...all] : chosen;
  } catch {
    return [...all];
  }
}

export function rememberSections(format: ExportFormat, sections: readonly string[], storage: ChoiceStorage | null): void {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    const next = { ...(typeof saved === 'object' && saved !== null ? saved : {}), [format]: sections };
    storage?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the picker simply starts with everything next time.
  }
}
