import type { ClientTab } from '../../store/ui.slice';

export const TAB_LABELS: Record<ClientTab, string> = {
  overview: 'Overview',
  departments: 'Departments',
  stakeholders: 'Stakeholders',
  organization: 'Organization',
  engagements: 'Engagements',
  workshops: 'Workshops',
  maturity: 'Maturity',
  'ten-stages': 'Ten stages',
  audit: 'Audit',
  'first-moves': 'First moves',
  roadmap: 'Roadmap',
  kpis: 'KPIs',
  history: 'History',
};

export interface SectionGroup {
  label: string;
  sections: readonly ClientTab[];
}

/**
 * A client's sections in the order of an engagement: who the client is, where it stands,
 * what it will do, the meetings that carry it, and what changed. Every section is in
 * exactly one group (checked by a test).
 */
export const SECTION_GROUPS: readonly SectionGroup[] = [
  { label: 'Client', sections: ['overview', 'departments', 'stakeholders', 'organization'] },
  { label: 'Assess', sections: ['maturity', 'ten-stages', 'audit'] },
  { label: 'Plan', sections: ['first-moves', 'roadmap', 'kpis'] },
  { label: 'Engage', sections: ['engagements', 'workshops'] },
  { label: 'History', sections: ['history'] },
];

/** The group a section belongs to. */
export function groupOf(section: ClientTab): SectionGroup {
  return SECTION_GROUPS.find((group) => group.sections.includes(section)) ?? SECTION_GROUPS[0]!;
}
