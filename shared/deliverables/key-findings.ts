import type { Assessment } from '../assessment/assessment-schema';
import { TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import type { Initiative } from '../roadmap/initiative-schema';
import { PHASE_IDS, phaseOf, type PhaseId, type TrackId } from '../roadmap/roadmap-reference';
import { competencyRows } from '../scoring/competency-rows';
import { gapTable } from '../scoring/gap-table';
import { overallStage } from '../scoring/overall-stage';
import { deriveTenStage } from '../scoring/ten-stage-derivation';
import type { DeliverableInput } from './deliverable-input';
import { deliverableScope, frameworkFor } from './deliverable-scope';

/** How many competencies, gaps and initiatives the findings name at most. */
export const KEY_FINDINGS_LIMITS = { competencies: 3, gaps: 3, initiatives: 5 } as const;

export const KEY_FINDINGS_RULE =
  'Key findings read the latest assessment in scope. Strongest competencies have the highest current stage, weakest the lowest below the top stage (ties in framework order; not-applicable and unrated ones are left out). Largest gaps are the top of the gap table with a positive gap. The stage is the latest ten-stage placement. Top initiatives are those not done or dropped, by impact (highest first), then effort (lowest first), then phase.';

export interface CompetencyFinding {
  competencyId: string;
  name: string;
  current: number;
  target: number | null;
  /** Name of the framework stage the current level stands for. */
  stageName: string;
}

export interface GapFinding {
  competencyId: string;
  name: string;
  current: number;
  target: number;
  gap: number;
}

export interface StageFinding {
  stage: number;
  name: string;
  /** Out of how many stages (10 for the ten-stage model). */
  of: number;
  overridden: boolean;
  assessedOn: string;
}

export interface InitiativeFinding {
  initiativeId: string;
  title: string;
  phase: PhaseId;
  track: TrackId;
  impact: number;
  effort: number;
}

export interface KeyFindings {
  /** The assessment read, or null when the scope has none. */
  assessment: { id: string; title: string; assessedOn: string; frameworkName: string; stageCount: number } | null;
  overallStage: number | null;
  strongest: CompetencyFinding[];
  weakest: CompetencyFinding[];
  largestGaps: GapFinding[];
  tenStage: StageFinding | null;
  topInitiatives: InitiativeFinding[];
  /** Ready-to-print sentences, one per finding that has data, in the order above. */
  sentences: string[];
}

const list = (names: readonly string[]): string => {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

const stageWord = (level: number, framework: Framework): string => {
  const name = framework.stages.find((stage) => stage.level === level)?.name;
  return name ? `stage ${level} (${name})` : `stage ${level}`;
};

function latestAssessment(assessments: readonly Assessment[], input: DeliverableInput): { assessment: Assessment; framework: Framework } | null {
  for (let index = assessments.length - 1; index >= 0; index -= 1) {
    const assessment = assessments[index]!;
    const framework = frameworkFor(input.client, assessment, input.frameworks);
    if (framework) return { assessment, framework };
  }
  return null;
}

const rankInitiatives = (a: Initiative, b: Initiative): number =>
  b.impact - a.impact || a.effort - b.effort || PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) || a.order - b.order || a.title.localeCompare(b.title);

/**
 * The findings that open the report's executive summary and the workbook's Summary sheet,
 * derived as KEY_FINDINGS_RULE says. Pure: the same input gives the same findings.
 */
export function keyFindings(input: DeliverableInput): KeyFindings {
  const scope = deliverableScope(input);
  const sentences: string[] = [];
  const read = latestAssessment(scope.assessments, input);

  let strongest: CompetencyFinding[] = [];
  let weakest: CompetencyFinding[] = [];
  let largestGaps: GapFinding[] = [];
  let overall: number | null = null;
  if (read) {
    const { assessment, framework } = read;
    const rated = competencyRows(assessment, framework).flatMap((row) =>
      row.current === null
        ? []
        : [{ order: row.order, finding: { competencyId: row.competency.id, name: row.competency.name, current: row.current, target: row.target, stageName: framework.stages.find((stage) => stage.level === row.current)?.name ?? '' } }],
    );
    strongest = [...rated].sort((a, b) => b.finding.current - a.finding.current || a.order - b.order).slice(0, KEY_FINDINGS_LIMITS.competencies).map((row) => row.finding);
    const top = strongest[0]?.current ?? 0;
    weakest = [...rated]
      .filter((row) => row.finding.current < top)
      .sort((a, b) => a.finding.current - b.finding.current || a.order - b.order)
      .slice(0, KEY_FINDINGS_LIMITS.competencies)
      .map((row) => row.finding);
    largestGaps = gapTable(assessment, framework)
      .flatMap((row) => (row.gap !== null && row.gap > 0 && row.current !== null && row.target !== null ? [{ competencyId: row.competencyId, name: row.name, current: row.current, target: row.target, gap: row.gap }] : []))
      .slice(0, KEY_FINDINGS_LIMITS.gaps);
    overall = overallStage(assessment, framework).stage;
    if (overall !== null) sentences.push(`Overall, ${input.client.name} stands at ${stageWord(overall, framework)} of ${framework.stages.length} in the ${framework.name}.`);
    if (strongest.length > 0) sentences.push(`Strongest: ${list(strongest.map((row) => `${row.name} (stage ${row.current})`))}.`);
    if (weakest.length > 0) sentences.push(`Weakest: ${list(weakest.map((row) => `${row.name} (stage ${row.current})`))}.`);
    if (largestGaps.length > 0) {
      sentences.push(`Largest gaps to target: ${list(largestGaps.map((row) => `${row.name} (${row.current} → ${row.target}, ${row.gap} ${row.gap === 1 ? 'stage' : 'stages'})`))}.`);
    }
  }

  let tenStage: StageFinding | null = null;
  const placement = [...scope.placements].reverse().find((candidate) => candidate.modelId === TEN_STAGES_MODEL_ID);
  if (placement) {
    const result = deriveTenStage(placement, TEN_STAGES_MODEL);
    if (result.effectiveStage !== null) {
      const stage = TEN_STAGES_MODEL.stages[result.effectiveStage - 1];
      tenStage = { stage: result.effectiveStage, name: stage?.name ?? '', of: TEN_STAGES_MODEL.stages.length, overridden: result.overridden, assessedOn: placement.assessedOn };
      sentences.push(
        `In the ten stages of social media business integration, ${input.client.name} is at stage ${tenStage.stage} of ${tenStage.of}, “${tenStage.name}”${tenStage.overridden ? ' (the consultant’s placement)' : ''}.`,
      );
    }
  }

  const topInitiatives = scope.initiatives
    .filter((initiative) => initiative.status !== 'done' && initiative.status !== 'dropped')
    .sort(rankInitiatives)
    .slice(0, KEY_FINDINGS_LIMITS.initiatives)
    .map((initiative) => ({ initiativeId: initiative.id, title: initiative.title, phase: initiative.phase, track: initiative.track, impact: initiative.impact, effort: initiative.effort }));
  if (topInitiatives.length > 0) {
    sentences.push(`Top initiatives: ${list(topInitiatives.map((initiative) => `${initiative.title} (phase ${phaseOf(initiative.phase).number})`))}.`);
  }

  return {
    assessment: read
      ? { id: read.assessment.id, title: read.assessment.title, assessedOn: read.assessment.assessedOn, frameworkName: read.framework.name, stageCount: read.framework.stages.length }
      : null,
    overallStage: overall,
    strongest,
    weakest,
    largestGaps,
    tenStage,
    topInitiatives,
    sentences,
  };
}
