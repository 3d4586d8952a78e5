import type { Framework } from '../frameworks/framework-schema';
import type { Assessment } from './assessment-schema';

/**
 * What does not fit between an assessment and the framework it names: a stage beyond the
 * framework's last, an unknown competency, a version mismatch. The schema cannot see the
 * framework, so an imported engagement file is checked here too; scoring skips what misfits.
 */
export function assessmentFrameworkProblems(assessment: Assessment, framework: Framework): string[] {
  const problems: string[] = [];
  if (assessment.frameworkId !== framework.id) problems.push(`The assessment uses framework "${assessment.frameworkId}", not "${framework.id}".`);
  if (assessment.frameworkVersion !== framework.version) {
    problems.push(`The assessment was made with version ${assessment.frameworkVersion}; the framework is now at ${framework.version}.`);
  }
  const known = new Map(framework.competencies.map((competency) => [competency.id, competency.name]));
  const top = framework.stages.length;
  for (const entry of assessment.competencies) {
    const name = known.get(entry.competencyId);
    if (name === undefined) {
      problems.push(`The competency "${entry.competencyId}" is not in this framework.`);
      continue;
    }
    for (const [label, stage] of [['current', entry.currentStage], ['target', entry.targetStage]] as const) {
      if (stage !== null && stage > top) problems.push(`${name}: the ${label} stage ${stage} is beyond the framework's ${top} stages.`);
    }
  }
  const outOfRange = assessment.participantRatings.filter((rating) => !known.has(rating.competencyId) || rating.stage > top).length;
  if (outOfRange > 0) problems.push(`${outOfRange} participant rating${outOfRange === 1 ? '' : 's'} name an unknown competency or a stage beyond ${top}.`);
  return problems;
}
