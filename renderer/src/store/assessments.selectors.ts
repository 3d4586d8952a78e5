import type { Assessment } from '../../../shared/assessment/assessment-schema';
import { raterLabels } from '../../../shared/assessment/rater-labels';
import type { Client } from '../../../shared/domain/client';
import { BUILT_IN_FRAMEWORKS } from '../../../shared/frameworks/builtin';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import { consensusByCompetency, overallStage, percentToTarget, type Consensus } from '../../../shared/scoring';

/** "cmm@1.0.0": frameworks are told apart by id and version together. */
export const frameworkKey = (framework: Pick<Framework, 'id' | 'version'>): string => `${framework.id}@${framework.version}`;

/**
 * The framework an assessment was made with: the client's embedded copy of that exact
 * version first (it travels with the engagement file), then a built-in, then the library.
 * A built-in is found by id alone, so an assessment outlives a built-in's version bump.
 */
export function resolveFramework(
  client: Pick<Client, 'frameworks'>,
  ref: { frameworkId: string; frameworkVersion: string },
  library: readonly Framework[] = [],
): Framework | null {
  const exact = (framework: Framework) => framework.id === ref.frameworkId && framework.version === ref.frameworkVersion;
  return (
    client.frameworks.find(exact) ??
    BUILT_IN_FRAMEWORKS.find(exact) ??
    library.find(exact) ??
    BUILT_IN_FRAMEWORKS.find((framework) => framework.id === ref.frameworkId) ??
    null
  );
}

/** What "New assessment" offers: built-ins, then the library, then copies only the client holds. */
export function frameworkChoices(library: readonly Framework[], client: Pick<Client, 'frameworks'>): Framework[] {
  const seen = new Set<string>();
  const choices: Framework[] = [];
  for (const framework of [...BUILT_IN_FRAMEWORKS, ...library, ...client.frameworks]) {
    const key = frameworkKey(framework);
    if (seen.has(key)) continue;
    seen.add(key);
    choices.push(framework);
  }
  return choices;
}

/** Newest first: by date, then by last edit, then id, so the order never flickers. */
export const byNewest = (a: Assessment, b: Assessment): number =>
  b.assessedOn.localeCompare(a.assessedOn) || b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);

export interface AssessmentSummary {
  assessment: Assessment;
  framework: Framework | null;
  overallStage: number | null;
  overallStageName: string | null;
  percentToTarget: number | null;
}

export interface EngagementGroup {
  engagementId: string;
  title: string;
  /** The newest assessment's date, which orders the groups. */
  latest: string;
  items: AssessmentSummary[];
}

export function summarizeAssessment(assessment: Assessment, framework: Framework | null): AssessmentSummary {
  if (!framework) return { assessment, framework, overallStage: null, overallStageName: null, percentToTarget: null };
  const overall = overallStage(assessment, framework).stage;
  return {
    assessment,
    framework,
    overallStage: overall,
    overallStageName: overall === null ? null : (framework.stages[overall - 1]?.name ?? null),
    percentToTarget: percentToTarget(assessment, framework).overall,
  };
}

/** The client's assessments newest first, grouped by engagement (groups ordered by their newest). */
export function assessmentGroups(client: Client, library: readonly Framework[] = []): EngagementGroup[] {
  const groups = new Map<string, EngagementGroup>();
  for (const assessment of [...client.assessments].sort(byNewest)) {
    let group = groups.get(assessment.engagementId);
    if (!group) {
      const engagement = client.engagements.find((candidate) => candidate.id === assessment.engagementId);
      group = { engagementId: assessment.engagementId, title: engagement?.title ?? 'Unknown engagement', latest: assessment.assessedOn, items: [] };
      groups.set(assessment.engagementId, group);
    }
    group.items.push(summarizeAssessment(assessment, resolveFramework(client, assessment, library)));
  }
  return [...groups.values()];
}

/** The latest earlier assessment on the same framework, for the radar's third series. */
export function previousAssessment(client: Pick<Client, 'assessments'>, assessment: Assessment): Assessment | null {
  const earlier = client.assessments
    .filter((candidate) => candidate.id !== assessment.id && candidate.frameworkId === assessment.frameworkId && byNewest(candidate, assessment) > 0)
    .sort(byNewest);
  return earlier[0] ?? null;
}

/** Assessments on one framework, oldest first, for the trend pickers. */
export function assessmentsOnFramework(client: Pick<Client, 'assessments'>, frameworkId: string): Assessment[] {
  return client.assessments.filter((candidate) => candidate.frameworkId === frameworkId).sort((a, b) => byNewest(b, a));
}

export interface RaterColumn {
  participantId: string;
  label: string;
  anonymous: boolean;
}

/**
 * The raters of an assessment in a stable order: ad-hoc participants first (as added), then
 * stakeholders who rated, then extra stakeholders the consultant has opened a column for.
 * Labels follow the anonymous mode, so a hidden name never reaches the screen.
 */
export function raterColumns(assessment: Assessment, extraStakeholders: readonly { id: string; name: string }[] = []): RaterColumn[] {
  const labels = raterLabels(assessment);
  const adHoc = new Set(assessment.participants.map((participant) => participant.id));
  const ids: string[] = assessment.participants.map((participant) => participant.id);
  for (const rating of assessment.participantRatings) if (!ids.includes(rating.participantId)) ids.push(rating.participantId);
  for (const person of extraStakeholders) if (!ids.includes(person.id)) ids.push(person.id);
  let unnamed = labels.size;
  return ids.map((id) => {
    const extra = extraStakeholders.find((person) => person.id === id);
    const label = labels.get(id) ?? (assessment.anonymousRatings ? `Participant ${++unnamed}` : (extra?.name ?? 'Participant'));
    return { participantId: id, label, anonymous: adHoc.has(id) };
  });
}

/** Consensus per competency id. */
export function consensusMap(assessment: Assessment, framework: Framework): Map<string, Consensus> {
  return new Map(consensusByCompetency(assessment.participantRatings, framework).map((entry) => [entry.competencyId, entry]));
}

/** "YYYY-MM-DD" of a date in local time, for date inputs' defaults. */
export const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
