import type { Assessment } from '../assessment/assessment-schema';
import { TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import { phaseOf, type PhaseId, type TrackId } from '../roadmap/roadmap-reference';
import { competencyRows } from '../scoring/competency-rows';
import { gapTable } from '../scoring/gap-table';
import { overallStage } from '../scoring/overall-stage';
import { deriveTenStage } from '../scoring/ten-stage-derivation';
import type { DeliverableInput } from './deliverable-input';
import { deliverableScope, frameworkFor } from './deliverable-scope';
import { NAMES_BEFORE_COUNTING, counted, joinNames } from './narrative/editorial';
import { TOP_INITIATIVES_RULE, rankInitiatives } from './narrative/top-initiatives';

/** How many initiatives the findings name at most. Tied competencies are never cut: a group of more than three is counted instead of named. */
export const KEY_FINDINGS_LIMITS = { initiatives: 5 } as const;

export const KEY_FINDINGS_RULE =
  'Key findings read the latest assessment in scope. Largest gaps are all the competencies tied at the largest positive gap. Strongest are all the competencies at the highest current stage, except any that is also a largest gap, and none when every rated competency shares one stage; weakest are all those at the lowest stage below it (not-applicable and unrated ones are left out). A group of more than three is counted rather than named. The stage is the latest ten-stage placement. ' +
  TOP_INITIATIVES_RULE;

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

const list = joinNames;

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

/** "Culture and Tools (stage 2)" for a small group, "six competencies at stage 2" for a large one. */
const groupAt = (rows: readonly CompetencyFinding[]): string =>
  rows.length > NAMES_BEFORE_COUNTING ? `${counted(rows.length, 'competency', 'competencies')} at stage ${rows[0]!.current}` : `${list(rows.map((row) => row.name))} (stage ${rows[0]!.current})`;

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
    const gaps = gapTable(assessment, framework).flatMap((row) =>
      row.gap !== null && row.gap > 0 && row.current !== null && row.target !== null ? [{ competencyId: row.competencyId, name: row.name, current: row.current, target: row.target, gap: row.gap }] : [],
    );
    largestGaps = gaps.filter((row) => row.gap === gaps[0]?.gap);
    const gapIds = new Set(largestGaps.map((row) => row.competencyId));
    const levels = [...new Set(rated.map((row) => row.finding.current))].sort((a, b) => b - a);
    if (levels.length > 1) {
      const at = (level: number) => rated.filter((row) => row.finding.current === level).sort((a, b) => a.order - b.order).map((row) => row.finding);
      strongest = at(levels[0]!).filter((row) => !gapIds.has(row.competencyId));
      weakest = at(levels.at(-1)!);
    }
    overall = overallStage(assessment, framework).stage;
    if (overall !== null) sentences.push(`Overall, ${input.client.name} stands at ${stageWord(overall, framework)} of ${framework.stages.length} in the ${framework.name}.`);
    if (rated.length > 1 && levels.length === 1) sentences.push(`All ${counted(rated.length, 'rated competency', 'rated competencies')} stand at stage ${levels[0]}.`);
    if (strongest.length > 0) sentences.push(`Strongest: ${groupAt(strongest)}.`);
    if (weakest.length > 0) sentences.push(`Weakest: ${groupAt(weakest)}.`);
    if (largestGaps.length > 0) {
      const gap = largestGaps[0]!.gap;
      sentences.push(
        largestGaps.length > NAMES_BEFORE_COUNTING
          ? `Largest gap to target: ${counted(largestGaps.length, 'competency', 'competencies')}, each ${counted(gap, 'stage')} short.`
          : `Largest gap to target: ${list(largestGaps.map((row) => `${row.name} (${row.current} → ${row.target})`))}, ${counted(gap, 'stage')}${largestGaps.length > 1 ? ' each' : ''}.`,
      );
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

  const topInitiatives = rankInitiatives(scope.initiatives, input.generatedAt.slice(0, 10))
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
