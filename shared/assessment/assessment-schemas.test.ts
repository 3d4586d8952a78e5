import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL, SOCIAL_BUSINESS_AUDIT_GUIDE, STAGE_ONE_GUIDE, TEN_STAGES_MODEL } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import { formatJsonPath } from '../frameworks/framework-json';
import { newSocialBusinessAudit, newStageOneDiagnosis, newTenStagePlacement } from './assessment-factories';
import { buildAssessment } from './assessment-builders';
import { assessmentFrameworkProblems } from './assessment-fit';
import { AssessmentSchema, type Assessment } from './assessment-schema';
import { raterLabels } from './rater-labels';
import { SocialBusinessAuditSchema } from './social-business-audit-schema';
import { StageOneDiagnosisSchema } from './stage-one-diagnosis-schema';
import { TenStagePlacementSchema } from './ten-stage-placement-schema';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const base = { id: 'rec-1', now: '2026-03-01T09:00:00.000Z', engagementId: 'eng-1', assessedOn: '2026-03-01' };
const firstProblem = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const issue = result.error?.issues[0];
  return issue ? `${formatJsonPath(issue.path)} ${issue.message}` : null;
};

describe('AssessmentSchema', () => {
  const valid = buildAssessment(cmm, { rows: [[1, 3], [2, 3], 'n/a'], ratings: { ana: [1, 2, null], ben: [2, 2, 3] } });

  it('accepts a built assessment', () => {
    expect(firstProblem(AssessmentSchema.safeParse(valid))).toBeNull();
  });

  it.each<[string, (assessment: Assessment) => Assessment, string]>([
    ['a stage of 0', (a) => ({ ...a, competencies: [{ ...a.competencies[0]!, currentStage: 0 }] }), 'competencies[0].currentStage Too small: expected number to be >=1'],
    ['a repeated competency', (a) => ({ ...a, competencies: [a.competencies[0]!, a.competencies[0]!] }), 'competencies[1].competencyId repeats the competency "strategy"'],
    [
      'two ratings by one participant for one competency',
      (a) => ({ ...a, participantRatings: [a.participantRatings[0]!, { ...a.participantRatings[0]!, id: 'again' }] }),
      'participantRatings[1] is a second rating by the same participant for the same competency',
    ],
    ['a bad date', (a) => ({ ...a, assessedOn: '1 March' }), 'assessedOn Invalid ISO date'],
  ])('refuses %s', (_label, change, problem) => {
    expect(firstProblem(AssessmentSchema.safeParse(change(valid)))).toBe(problem);
  });
});

describe('factories', () => {
  it('build records that pass their schemas', () => {
    expect(firstProblem(TenStagePlacementSchema.safeParse(newTenStagePlacement({ ...base, model: TEN_STAGES_MODEL })))).toBeNull();
    const audit = newSocialBusinessAudit({ ...base, guide: SOCIAL_BUSINESS_AUDIT_GUIDE, functionNames: ['Marketing', 'Customer Service', 'Marketing'] });
    expect(audit.entries.map((entry) => entry.functionName)).toEqual(['Marketing', 'Customer Service']);
    expect(firstProblem(SocialBusinessAuditSchema.safeParse(audit))).toBeNull();
    const diagnosis = newStageOneDiagnosis({ ...base, guide: STAGE_ONE_GUIDE });
    expect(diagnosis.moves).toHaveLength(6);
    expect(firstProblem(StageOneDiagnosisSchema.safeParse(diagnosis))).toBeNull();
  });

  it('refuse an override without a reason and a coverage pair listed twice', () => {
    const placement = { ...newTenStagePlacement({ ...base, model: TEN_STAGES_MODEL }), override: { stage: 4, reason: '  ' } };
    expect(firstProblem(TenStagePlacementSchema.safeParse(placement))).toBe('override.reason an override needs a reason');
    const audit = newSocialBusinessAudit({ ...base, guide: SOCIAL_BUSINESS_AUDIT_GUIDE, functionNames: ['Marketing'] });
    const cell = { functionName: 'Marketing', stakeholderGroup: 'customers' } as const;
    expect(firstProblem(SocialBusinessAuditSchema.safeParse({ ...audit, coverage: [cell, cell] }))).toBe('coverage[1] repeats a function and group already covered');
  });
});

describe('assessmentFrameworkProblems', () => {
  it('finds nothing wrong with a matching assessment', () => {
    expect(assessmentFrameworkProblems(buildAssessment(cmm, { rows: [[4, 4]] }), cmm)).toEqual([]);
  });

  it('names stages beyond the framework, unknown competencies and version drift', () => {
    const assessment = buildAssessment(cmm, { rows: [[5, 4]], ratings: { ana: [6] } });
    const drifted: Assessment = {
      ...assessment,
      frameworkVersion: '0.9.0',
      competencies: [...assessment.competencies, { ...assessment.competencies[0]!, competencyId: 'ghost' }],
    };
    expect(assessmentFrameworkProblems(drifted, cmm)).toEqual([
      'The assessment was made with version 0.9.0; the framework is now at 1.0.0.',
      "Strategy: the current stage 5 is beyond the framework's 4 stages.",
      'The competency "ghost" is not in this framework.',
      '1 participant rating name an unknown competency or a stage beyond 4.',
    ]);
  });
});

describe('raterLabels', () => {
  const ratings = { zoe: [1], adam: [2] };

  it('shows names when ratings are not anonymous', () => {
    expect([...raterLabels(buildAssessment(cmm, { ratings }))]).toEqual([['zoe', 'zoe'], ['adam', 'adam']]);
  });

  it('numbers participants by id, not by who rated first, in anonymous mode', () => {
    expect([...raterLabels(buildAssessment(cmm, { ratings, anonymous: true }))]).toEqual([['adam', 'Participant 1'], ['zoe', 'Participant 2']]);
  });
});
