import { phaseOf } from '../../roadmap/roadmap-reference';
import { capitalise, counted, countWord, groupPhrase, joinNames, shortClientName } from './editorial';
import type { ReportFacts } from './report-facts';

export interface StoryPart {
  text: string;
  /** True when the consultant wrote it; false when it is Cairn's draft from the data. */
  written: boolean;
}

export interface Storyline {
  situation: StoryPart;
  complication: StoryPart;
  resolution: StoryPart;
}

const stageName = (facts: ReportFacts, level: number) => facts.assessment?.framework.stages.find((stage) => stage.level === level)?.name;

function situationDraft(facts: ReportFacts): string {
  const name = shortClientName(facts.clientName);
  const parts: string[] = [];
  const read = facts.assessment;
  if (read && facts.overallStage !== null) {
    const named = stageName(facts, facts.overallStage);
    parts.push(`${name} stands at stage ${facts.overallStage}${named ? ` (${named})` : ''} of ${read.framework.stages.length} on the ${read.framework.name}.`);
    const biggest = facts.byStage.reduce<ReportFacts['byStage'][number] | null>((best, group) => (best === null || group.ids.length > best.ids.length ? group : best), null);
    if (biggest && biggest.ids.length === facts.ratedCount && facts.ratedCount > 1) parts.push(`All ${countWord(facts.ratedCount)} rated competencies sit at stage ${biggest.value}.`);
    else if (facts.strongest) parts.push(`${capitalise(groupPhrase(facts.strongest.names))} ${facts.strongest.ids.length === 1 ? 'is' : 'are'} furthest along, at stage ${facts.strongest.value}.`);
  }
  const { total, done, inProgress } = facts.initiatives;
  if (total > 0) parts.push(`The roadmap holds ${counted(total, 'initiative')}: ${countWord(done)} done, ${countWord(inProgress)} in progress.`);
  return parts.join(' ');
}

function complicationDraft(facts: ReportFacts): string {
  const parts: string[] = [];
  if (facts.largestGap) {
    const group = facts.largestGap;
    parts.push(`${capitalise(groupPhrase(group.names))} ${group.ids.length === 1 ? 'is' : 'are'} ${counted(group.value, 'stage')} short of target${facts.shortOfTarget.length > group.ids.length ? `, and ${counted(facts.shortOfTarget.length - group.ids.length, 'more competency', 'more competencies')} trail${facts.shortOfTarget.length - group.ids.length === 1 ? 's' : ''} by less` : ''}.`);
  }
  if (facts.kpis.total > 0) {
    const { counts } = facts.kpis;
    if (counts['off-track'] + counts['at-risk'] > 0) parts.push(`Of ${counted(facts.kpis.total, 'KPI')}, ${countWord(counts['off-track'])} ${counts['off-track'] === 1 ? 'is' : 'are'} off track and ${countWord(counts['at-risk'])} at risk.`);
  }
  if (facts.actions.overdue > 0) parts.push(`${capitalise(counted(facts.actions.overdue, 'agreed action'))} ${facts.actions.overdue === 1 ? 'is' : 'are'} overdue.`);
  return parts.join(' ');
}

function resolutionDraft(facts: ReportFacts): string {
  const first = facts.topInitiatives.slice(0, 2);
  if (first.length === 0) return facts.largestGap ? `Plan initiatives that lift ${joinNames(facts.largestGap.names.slice(0, 3))} first.` : '';
  const phase = phaseOf(first[0]!.phase);
  return `Close the largest gaps first, through phase ${phase.number} (${phase.name}): ${joinNames(first.map((item) => `“${item.title}”`))} lead the work. The recommendations below set the order.`;
}

/**
 * Situation, complication and resolution for the executive summary: each the consultant's
 * own text when written on the narrative engagement, otherwise a draft from the data.
 */
export function storyline(facts: ReportFacts): Storyline {
  const narrative = facts.narrativeEngagement?.reportNarrative;
  const part = (written: string | undefined, draft: () => string): StoryPart => (written && written.trim() ? { text: written.trim(), written: true } : { text: draft(), written: false });
  return {
    situation: part(narrative?.situation, () => situationDraft(facts)),
    complication: part(narrative?.complication, () => complicationDraft(facts)),
    resolution: part(narrative?.resolution, () => resolutionDraft(facts)),
  };
}
