import type { AuditGuide } from '../frameworks/audit-guide-schema';
import type { Framework } from '../frameworks/framework-schema';
import type { StageIndicatorModel } from '../frameworks/stage-indicator-model-schema';
import type { StageOneGuide } from '../frameworks/stage-one-guide-schema';
import type { Assessment } from './assessment-schema';
import type { SocialBusinessAudit } from './social-business-audit-schema';
import type { StageOneDiagnosis } from './stage-one-diagnosis-schema';
import type { TenStagePlacement } from './ten-stage-placement-schema';

/** Identity and time come from the caller: the core has no clock and no id generator. */
export interface NewRecordBase {
  id: string;
  /** ISO timestamp used for createdAt and updatedAt. */
  now: string;
  engagementId: string;
  /** Calendar date of the assessment, e.g. 2026-11-22. */
  assessedOn: string;
}

/** An empty assessment with one row per competency of the framework, in framework order. */
export function newAssessment(base: NewRecordBase & { framework: Framework; title: string }): Assessment {
  return {
    id: base.id,
    createdAt: base.now,
    updatedAt: base.now,
    engagementId: base.engagementId,
    frameworkId: base.framework.id,
    frameworkVersion: base.framework.version,
    title: base.title,
    assessedOn: base.assessedOn,
    anonymousRatings: false,
    consultantSummary: '',
    competencies: base.framework.competencies.map((competency) => ({
      competencyId: competency.id,
      currentStage: null,
      targetStage: null,
      evidence: '',
      confidence: 'medium',
      notApplicable: false,
      notApplicableReason: '',
      finding: null,
      recommendation: null,
    })),
    participants: [],
    participantRatings: [],
  };
}

/** A placement with every indicator recorded as not yet met. */
export function newTenStagePlacement(base: NewRecordBase & { model: StageIndicatorModel }): TenStagePlacement {
  return {
    id: base.id,
    createdAt: base.now,
    updatedAt: base.now,
    engagementId: base.engagementId,
    modelId: base.model.id,
    modelVersion: base.model.version,
    assessedOn: base.assessedOn,
    indicatorsMet: Object.fromEntries(base.model.stages.flatMap((stage) => stage.indicators.map((indicator) => [indicator.id, false]))),
    override: null,
    notes: '',
  };
}

/** An audit with an empty entry per function, answers ready for every question of the guide. */
export function newSocialBusinessAudit(base: NewRecordBase & { guide: AuditGuide; functionNames: readonly string[] }): SocialBusinessAudit {
  const blankAnswers = Object.fromEntries(base.guide.questions.map((question) => [question.id, '']));
  return {
    id: base.id,
    createdAt: base.now,
    updatedAt: base.now,
    engagementId: base.engagementId,
    assessedOn: base.assessedOn,
    entries: [...new Set(base.functionNames)].map((functionName) => ({ functionName, answers: { ...blankAnswers }, notes: '' })),
    coverage: [],
    summary: '',
  };
}

/** A diagnosis with no sign observed yet and every move not started. */
export function newStageOneDiagnosis(base: NewRecordBase & { guide: StageOneGuide }): StageOneDiagnosis {
  return {
    id: base.id,
    createdAt: base.now,
    updatedAt: base.now,
    engagementId: base.engagementId,
    assessedOn: base.assessedOn,
    signs: Object.fromEntries(base.guide.signs.map((sign) => [sign.id, { observed: false, note: '' }])),
    moves: base.guide.moves.map((move) => ({ moveId: move.id, ownerStakeholderId: null, ownerText: '', status: 'not-started', notes: '' })),
    notes: '',
  };
}
