import type { Draft } from 'immer';
import { newSocialBusinessAudit, newStageOneDiagnosis, newTenStagePlacement } from '../../../shared/assessment/assessment-factories';
import type { AuditFunctionEntry, SocialBusinessAudit } from '../../../shared/assessment/social-business-audit-schema';
import type { MoveProgress, SignObservation, StageOneDiagnosis } from '../../../shared/assessment/stage-one-diagnosis-schema';
import type { StageOverride, TenStagePlacement } from '../../../shared/assessment/ten-stage-placement-schema';
import type { Client } from '../../../shared/domain/client';
import type { StakeholderGroup } from '../../../shared/domain/reference-lists';
import { SOCIAL_BUSINESS_AUDIT_GUIDE, STAGE_ONE_GUIDE, TEN_STAGES_MODEL } from '../../../shared/frameworks/builtin';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import { timestamp, type StoreDeps } from './store-deps';

type NewRecord = { engagementId: string; assessedOn: string };

/**
 * The instruments beside the maturity assessment: ten-stage placements, social business
 * audits and stage-1 diagnoses. Every change goes through the client editor (one undo step,
 * `updatedAt` stamped on the record and the client); typing passes a `coalesceKey`.
 */
export interface InstrumentsSlice {
  addTenStagePlacement(clientId: string, fields: NewRecord): string | null;
  setIndicatorMet(clientId: string, placementId: string, indicatorId: string, met: boolean): void;
  /** A stage with a reason (the schema refuses an empty one), or null to return to the derived stage. */
  setStageOverride(clientId: string, placementId: string, override: StageOverride | null): void;
  updateTenStagePlacement(clientId: string, placementId: string, patch: Partial<Pick<TenStagePlacement, 'notes' | 'assessedOn'>>, coalesceKey?: string): void;
  removeTenStagePlacement(clientId: string, placementId: string): void;

  /** An audit with one entry per function name given (the client's departments, usually). */
  addAudit(clientId: string, fields: NewRecord & { functionNames: readonly string[] }): string | null;
  addAuditFunction(clientId: string, auditId: string, functionName: string): void;
  removeAuditFunction(clientId: string, auditId: string, functionName: string): void;
  setAuditAnswer(clientId: string, auditId: string, functionName: string, questionId: string, text: string): void;
  setAuditCoverage(clientId: string, auditId: string, functionName: string, group: StakeholderGroup, covered: boolean): void;
  updateAudit(clientId: string, auditId: string, patch: Partial<Pick<SocialBusinessAudit, 'summary' | 'assessedOn'>>, coalesceKey?: string): void;
  removeAudit(clientId: string, auditId: string): void;

  addStageOneDiagnosis(clientId: string, fields: NewRecord): string | null;
  setSignObservation(clientId: string, diagnosisId: string, signId: string, patch: Partial<SignObservation>, coalesceKey?: string): void;
  updateMove(clientId: string, diagnosisId: string, moveId: string, patch: Partial<Omit<MoveProgress, 'moveId'>>, coalesceKey?: string): void;
  updateStageOneDiagnosis(clientId: string, diagnosisId: string, patch: Partial<Pick<StageOneDiagnosis, 'notes' | 'assessedOn'>>, coalesceKey?: string): void;
  removeStageOneDiagnosis(clientId: string, diagnosisId: string): void;
}

type RecordList = 'tenStagePlacements' | 'audits' | 'stageOneDiagnoses';

export const createInstrumentsSlice =
  (deps: StoreDeps): SliceCreator<InstrumentsSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);
    /** Change one record of a list; nothing happens when the client or record is gone. */
    const editRecord = <K extends RecordList>(
      list: K,
      clientId: string,
      recordId: string,
      change: (record: Draft<Client[K][number]>, at: string) => void,
      coalesceKey: string | null = null,
    ) =>
      edit(
        clientId,
        (client, at) => {
          const record = (client[list] as Draft<Client[K][number]>[]).find((candidate) => candidate.id === recordId);
          if (!record) return;
          change(record, at);
          record.updatedAt = at;
        },
        coalesceKey === null ? null : `${recordId}:${coalesceKey}`,
      );
    const removeRecord = (list: RecordList, clientId: string, recordId: string) =>
      edit(clientId, (client) => {
        (client[list] as { id: string }[]) = (client[list] as { id: string }[]).filter((candidate) => candidate.id !== recordId);
      });
    const base = (fields: NewRecord) => ({ id: deps.newId(), now: timestamp(deps), ...fields });
    const entryOf = (audit: Draft<SocialBusinessAudit>, functionName: string): Draft<AuditFunctionEntry> | undefined =>
      audit.entries.find((entry) => entry.functionName === functionName);

    return {
      addTenStagePlacement(clientId, fields) {
        if (!get().docs[clientId]) return null;
        const placement = newTenStagePlacement({ ...base(fields), model: TEN_STAGES_MODEL });
        edit(clientId, (client) => void client.tenStagePlacements.push(placement));
        return placement.id;
      },
      setIndicatorMet: (clientId, placementId, indicatorId, met) =>
        editRecord('tenStagePlacements', clientId, placementId, (placement) => {
          placement.indicatorsMet[indicatorId] = met;
        }),
      setStageOverride: (clientId, placementId, override) =>
        editRecord('tenStagePlacements', clientId, placementId, (placement) => {
          placement.override = override === null ? null : { stage: override.stage, reason: override.reason.trim() };
        }),
      updateTenStagePlacement: (clientId, placementId, patch, coalesceKey) =>
        editRecord('tenStagePlacements', clientId, placementId, (placement) => void Object.assign(placement, patch), coalesceKey),
      removeTenStagePlacement: (clientId, placementId) => removeRecord('tenStagePlacements', clientId, placementId),

      addAudit(clientId, { functionNames, ...fields }) {
        if (!get().docs[clientId]) return null;
        const audit = newSocialBusinessAudit({ ...base(fields), guide: SOCIAL_BUSINESS_AUDIT_GUIDE, functionNames });
        edit(clientId, (client) => void client.audits.push(audit));
        return audit.id;
      },
      addAuditFunction: (clientId, auditId, functionName) =>
        editRecord('audits', clientId, auditId, (audit) => {
          const name = functionName.trim();
          if (name === '' || entryOf(audit, name)) return;
          audit.entries.push({ functionName: name, answers: Object.fromEntries(SOCIAL_BUSINESS_AUDIT_GUIDE.questions.map((q) => [q.id, ''])), notes: '' });
        }),
      removeAuditFunction: (clientId, auditId, functionName) =>
        editRecord('audits', clientId, auditId, (audit) => {
          audit.entries = audit.entries.filter((entry) => entry.functionName !== functionName);
          audit.coverage = audit.coverage.filter((cell) => cell.functionName !== functionName);
        }),
      setAuditAnswer: (clientId, auditId, functionName, questionId, text) =>
        editRecord(
          'audits',
          clientId,
          auditId,
          (audit) => {
            const entry = entryOf(audit, functionName);
            if (entry) entry.answers[questionId] = text;
          },
          `answer:${functionName}:${questionId}`,
        ),
      setAuditCoverage: (clientId, auditId, functionName, group, covered) =>
        editRecord('audits', clientId, auditId, (audit) => {
          const has = audit.coverage.some((cell) => cell.functionName === functionName && cell.stakeholderGroup === group);
          if (covered && !has) audit.coverage.push({ functionName, stakeholderGroup: group });
          if (!covered && has) audit.coverage = audit.coverage.filter((cell) => !(cell.functionName === functionName && cell.stakeholderGroup === group));
        }),
      updateAudit: (clientId, auditId, patch, coalesceKey) =>
        editRecord('audits', clientId, auditId, (audit) => void Object.assign(audit, patch), coalesceKey),
      removeAudit: (clientId, auditId) => removeRecord('audits', clientId, auditId),

      addStageOneDiagnosis(clientId, fields) {
        if (!get().docs[clientId]) return null;
        const diagnosis = newStageOneDiagnosis({ ...base(fields), guide: STAGE_ONE_GUIDE });
        edit(clientId, (client) => void client.stageOneDiagnoses.push(diagnosis));
        return diagnosis.id;
      },
      setSignObservation: (clientId, diagnosisId, signId, patch, coalesceKey) =>
        editRecord(
          'stageOneDiagnoses',
          clientId,
          diagnosisId,
          (diagnosis) => {
            diagnosis.signs[signId] = { ...(diagnosis.signs[signId] ?? { observed: false, note: '' }), ...patch };
          },
          coalesceKey === undefined ? null : `sign:${signId}:${coalesceKey}`,
        ),
      updateMove: (clientId, diagnosisId, moveId, patch, coalesceKey) =>
        editRecord(
          'stageOneDiagnoses',
          clientId,
          diagnosisId,
          (diagnosis) => {
            const move = diagnosis.moves.find((candidate) => candidate.moveId === moveId);
            if (move) Object.assign(move, patch);
            else diagnosis.moves.push({ moveId, ownerStakeholderId: null, ownerText: '', status: 'not-started', notes: '', ...patch });
          },
          coalesceKey === undefined ? null : `move:${moveId}:${coalesceKey}`,
        ),
      updateStageOneDiagnosis: (clientId, diagnosisId, patch, coalesceKey) =>
        editRecord('stageOneDiagnoses', clientId, diagnosisId, (diagnosis) => void Object.assign(diagnosis, patch), coalesceKey),
      removeStageOneDiagnosis: (clientId, diagnosisId) => removeRecord('stageOneDiagnoses', clientId, diagnosisId),
    };
  };
