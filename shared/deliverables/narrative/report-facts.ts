import type { Assessment } from '../../assessment/assessment-schema';
import type { Engagement } from '../../domain/client';
import type { Framework } from '../../frameworks/framework-schema';
import { kpiStatus, type KpiStatus } from '../../kpi/kpi-status';
import type { Kpi } from '../../kpi/kpi-schema';
import { matrixQuadrant } from '../../roadmap/impact-effort';
import type { Initiative } from '../../roadmap/initiative-schema';
import { competencyRows } from '../../scoring/competency-rows';
import { gapTable } from '../../scoring/gap-table';
import { overallStage } from '../../scoring/overall-stage';
import { isOverdue } from '../../workshop/workshop-actions';
import type { Workshop, WorkshopAction } from '../../workshop/workshop-schema';
import type { DeliverableInput } from '../deliverable-input';
import { deliverableScope, frameworkFor, type DeliverableScope } from '../deliverable-scope';
import { rankInitiatives } from './top-initiatives';

/** A set of competencies sharing one value (a stage, or a gap), in framework order. */
export interface CompetencyGroup {
  value: number;
  ids: string[];
  names: string[];
}

export interface ReportFacts {
  clientName: string;
  today: string;
  scope: DeliverableScope;
  /** The engagement whose narrative the report uses: the chosen one, or the latest one for "All engagements". */
  narrativeEngagement: Engagement | null;
  assessment: { assessment: Assessment; framework: Framework; previous: Assessment | null } | null;
  overallStage: number | null;
  /** Rated, in-scope competencies. */
  ratedCount: number;
  /** Competencies by current stage, highest stage first. */
  byStage: CompetencyGroup[];
  /** All competencies tied at the largest positive gap (empty when none is short of target). */
  largestGap: CompetencyGroup | null;
  /** Competencies short of target (positive gap), in gap-table order. */
  shortOfTarget: { id: string; name: string; current: number; target: number; gap: number }[];
  /** The top-stage group without any competency that is also among the largest gaps. */
  strongest: CompetencyGroup | null;
  initiatives: { total: number; done: number; inProgress: number; notStarted: number; dropped: number };
  topInitiatives: Initiative[];
  quickWins: Initiative[];
  kpis: { total: number; counts: Record<KpiStatus, number>; offTrack: Kpi[] };
  actions: { total: number; open: number; overdue: number; done: number; overdueList: { action: WorkshopAction; workshop: Workshop }[] };
  workshops: { held: Workshop[]; upcoming: Workshop[] };
}

/** What the facts read of a deliverable's input (the export dialog has no profile or logo at hand). */
export type FactsInput = Pick<DeliverableInput, 'client' | 'engagementId' | 'frameworks' | 'generatedAt'>;

/** The latest engagement by start date (then creation), for narrative read across all engagements. */
export function latestEngagement(engagements: readonly Engagement[]): Engagement | null {
  return [...engagements].sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.createdAt.localeCompare(b.createdAt)).at(-1) ?? null;
}

function latestAssessment(input: FactsInput, scope: DeliverableScope): ReportFacts['assessment'] {
  for (let index = scope.assessments.length - 1; index >= 0; index -= 1) {
    const assessment = scope.assessments[index]!;
    const framework = frameworkFor(input.client, assessment, input.frameworks);
    if (!framework) continue;
    // The previous assessment is the client's latest earlier one on the same framework, in
    // whichever engagement: a reassessment usually opens a new engagement.
    const previous =
      input.client.assessments
        .filter((earlier) => earlier.id !== assessment.id && earlier.frameworkId === assessment.frameworkId && earlier.assessedOn < assessment.assessedOn)
        .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.updatedAt.localeCompare(b.updatedAt))
        .at(-1) ?? null;
    return { assessment, framework, previous };
  }
  return null;
}

/**
 * Everything the report's narrative says, counted once from the input: stage groups with
 * ties kept whole, gaps, the initiative portfolio, KPI and action states, workshops held
 * and coming. Pure.
 */
export function reportFacts(input: FactsInput): ReportFacts {
  const scope = deliverableScope(input);
  const today = input.generatedAt.slice(0, 10);
  const assessment = latestAssessment(input, scope);
  let byStage: CompetencyGroup[] = [];
  let shortOfTarget: ReportFacts['shortOfTarget'] = [];
  let overall: number | null = null;
  let ratedCount = 0;
  if (assessment) {
    const rows = competencyRows(assessment.assessment, assessment.framework).filter((row) => row.current !== null);
    ratedCount = rows.length;
    const levels = [...new Set(rows.map((row) => row.current!))].sort((a, b) => b - a);
    byStage = levels.map((level) => {
      const members = rows.filter((row) => row.current === level);
      return { value: level, ids: members.map((row) => row.competency.id), names: members.map((row) => row.competency.name) };
    });
    shortOfTarget = gapTable(assessment.assessment, assessment.framework).flatMap((row) =>
      row.gap !== null && row.gap > 0 && row.current !== null && row.target !== null ? [{ id: row.competencyId, name: row.name, current: row.current, target: row.target, gap: row.gap }] : [],
    );
    overall = overallStage(assessment.assessment, assessment.framework).stage;
  }
  const maxGap = shortOfTarget[0]?.gap ?? 0;
  const tied = shortOfTarget.filter((row) => row.gap === maxGap);
  const largestGap = tied.length > 0 ? { value: maxGap, ids: tied.map((row) => row.id), names: tied.map((row) => row.name) } : null;
  // A competency is never both "strongest" and "a largest gap"; and when every rated
  // competency shares one stage, none of them is strongest.
  const top = byStage.length > 1 ? byStage[0]! : null;
  const gapIds = new Set(largestGap?.ids ?? []);
  const strongestIds = top ? top.ids.filter((id) => !gapIds.has(id)) : [];
  const strongest = top && strongestIds.length > 0 ? { value: top.value, ids: strongestIds, names: strongestIds.map((id) => top.names[top.ids.indexOf(id)]!) } : null;

  const initiatives = scope.initiatives;
  const counts: Record<KpiStatus, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 };
  const offTrack: Kpi[] = [];
  for (const kpi of input.client.kpis) {
    const status = kpiStatus(kpi).status;
    counts[status] += 1;
    if (status === 'off-track') offTrack.push(kpi);
  }
  const allActions = scope.workshops.flatMap((workshop) => workshop.actions.map((action) => ({ action, workshop })));
  const overdueList = allActions.filter(({ action }) => isOverdue(action, today)).sort((a, b) => (a.action.dueDate ?? '').localeCompare(b.action.dueDate ?? ''));
  const ranked = rankInitiatives(initiatives, today);
  return {
    clientName: input.client.name,
    today,
    scope,
    narrativeEngagement: scope.engagement ?? latestEngagement(input.client.engagements),
    assessment,
    overallStage: overall,
    ratedCount,
    byStage,
    largestGap,
    shortOfTarget,
    strongest,
    initiatives: {
      total: initiatives.length,
      done: initiatives.filter((item) => item.status === 'done').length,
      inProgress: initiatives.filter((item) => item.status === 'in-progress').length,
      notStarted: initiatives.filter((item) => item.status === 'idea' || item.status === 'planned').length,
      dropped: initiatives.filter((item) => item.status === 'dropped').length,
    },
    topInitiatives: ranked,
    quickWins: ranked.filter((item) => matrixQuadrant(item.impact, item.effort) === 'quick-wins'),
    kpis: { total: input.client.kpis.length, counts, offTrack },
    actions: {
      total: allActions.length,
      open: allActions.filter(({ action }) => action.status === 'open' || action.status === 'in-progress').length,
      overdue: overdueList.length,
      done: allActions.filter(({ action }) => action.status === 'done').length,
      overdueList,
    },
    workshops: {
      held: scope.workshops.filter((workshop) => workshop.status !== 'planned' || workshop.date < today),
      upcoming: scope.workshops.filter((workshop) => workshop.status === 'planned' && workshop.date >= today),
    },
  };
}
