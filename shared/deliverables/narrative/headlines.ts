import { TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../../frameworks/builtin';
import { deriveTenStage } from '../../scoring/ten-stage-derivation';
import type { ReportSection } from '../deliverable-request';
import { capitalise, counted, countWord, groupPhrase, joinNames, shortClientName } from './editorial';
import type { ReportFacts } from './report-facts';

export const HEADLINE_RULE =
  'Each section opens with a heading that states its message, written from the data (the largest gaps, the overall stage, the KPI and action states); the consultant can rewrite any of them.';

/**
 * Competency names as a headline uses them: a paired name by its second half ("Metrics &
 * Measurement" → "measurement"), lower case after the first ("Culture and measurement").
 */
const headlineNames = (names: readonly string[]) =>
  names.map((name) => (name.includes(' & ') ? name.split(' & ').at(-1)! : name)).map((name, index) => (index === 0 ? capitalise(name.toLowerCase()) : name.toLowerCase()));

const RULES: Partial<Record<ReportSection, (facts: ReportFacts) => string | null>> = {
  'executive-summary': (facts) => {
    const name = shortClientName(facts.clientName);
    const gap = facts.largestGap;
    if (gap && gap.names.length <= 2) return `${joinNames(headlineNames(gap.names))} hold${gap.names.length === 1 ? 's' : ''} ${name} back`;
    if (gap) return `${capitalise(counted(gap.names.length, 'competency', 'competencies'))} hold ${name} back, each ${counted(gap.value, 'stage')} short`;
    if (facts.overallStage !== null) return `${name} has reached its targets at stage ${facts.overallStage}`;
    return null;
  },
  maturity: (facts) => {
    if (!facts.assessment || facts.overallStage === null) return null;
    const stage = facts.assessment.framework.stages.find((candidate) => candidate.level === facts.overallStage);
    const widest = facts.byStage.reduce<ReportFacts['byStage'][number] | null>((best, group) => (best === null || group.ids.length > best.ids.length ? group : best), null);
    const tail = widest && widest.ids.length > 3 ? `, with ${counted(widest.ids.length, 'competency', 'competencies')} at stage ${widest.value}` : '';
    return `${shortClientName(facts.clientName)} stands at stage ${facts.overallStage} of ${facts.assessment.framework.stages.length}${stage ? `, ${stage.name}` : ''}${tail}`;
  },
  findings: (facts) => {
    if (!facts.assessment) return null;
    const short = facts.shortOfTarget.length;
    return short === 0 ? 'Every rated competency has reached its target' : short === facts.ratedCount ? `All ${counted(short, 'competency', 'competencies')} fall short of target` : `${capitalise(countWord(short))} of ${counted(facts.ratedCount, 'competency', 'competencies')} fall short of target`;
  },
  gaps: (facts) => {
    const gap = facts.largestGap;
    if (!gap) return facts.assessment ? 'No competency is short of its target' : null;
    return `${capitalise(counted(gap.value, 'stage'))} separate${gap.value === 1 ? 's' : ''} ${groupPhrase(headlineNames(gap.names))} from target`;
  },
  'ten-stages': (facts) => {
    const placement = [...facts.scope.placements].reverse().find((candidate) => candidate.modelId === TEN_STAGES_MODEL_ID);
    if (!placement) return null;
    const stage = deriveTenStage(placement, TEN_STAGES_MODEL).effectiveStage;
    if (stage === null) return null;
    return `Stage ${stage} of 10: ${TEN_STAGES_MODEL.stages[stage - 1]?.name ?? ''}`;
  },
  roadmap: (facts) => {
    const { total, done } = facts.initiatives;
    if (total === 0) return null;
    return `${capitalise(counted(total, 'initiative'))}, ${countWord(done)} done${facts.topInitiatives[0] ? `: “${facts.topInitiatives[0].title}” comes first` : ''}`;
  },
  kpis: (facts) => {
    if (facts.kpis.total === 0) return null;
    const { counts, total } = facts.kpis;
    if (counts['off-track'] === 0 && counts['at-risk'] === 0) return `All ${counted(total, 'KPI')} with data are on track`;
    return `${capitalise(countWord(counts['off-track']))} of ${counted(total, 'KPI')} off track, ${countWord(counts['at-risk'])} at risk`;
  },
  workshops: (facts) => {
    const held = facts.workshops.held;
    if (held.length === 0) return null;
    const decisions = held.reduce((sum, workshop) => sum + workshop.decisions.length, 0);
    return `${capitalise(counted(held.length, 'workshop'))} held, ${counted(decisions, 'decision')} taken`;
  },
  actions: (facts) => {
    if (facts.actions.total === 0) return null;
    return facts.actions.overdue > 0 ? `${capitalise(countWord(facts.actions.overdue))} of ${counted(facts.actions.open, 'open action')} ${facts.actions.overdue === 1 ? 'is' : 'are'} overdue` : `No open action is overdue`;
  },
};

/** The heading a section's data suggests, or null when the section has no message of its own (then its title serves). */
export function derivedHeadline(section: ReportSection, facts: ReportFacts): string | null {
  return RULES[section]?.(facts) ?? null;
}

/**
 * The heading a section opens with: the consultant's when written, else the derived
 * message, else `title`. `draft` is true when it is not the consultant's.
 */
export function sectionHeadline(section: ReportSection, facts: ReportFacts, title: string): { text: string; written: boolean } {
  const written = facts.narrativeEngagement?.reportNarrative?.headings[section]?.trim();
  if (written) return { text: written, written: true };
  return { text: derivedHeadline(section, facts) ?? title, written: false };
}
