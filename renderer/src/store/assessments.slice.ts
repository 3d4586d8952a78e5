import { newAssessment } from '../../../shared/assessment/assessment-factories';
import type { Assessment, CompetencyAssessment } from '../../../shared/assessment/assessment-schema';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import { consensusByCompetency } from '../../../shared/scoring';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import { resolveFramework } from './assessments.selectors';
import { timestamp, type StoreDeps } from './store-deps';

export interface NewAssessmentFields {
  engagementId: string;
  title: string;
  /** Calendar date, e.g. 2026-11-22. */
  assessedOn: string;
}

export type AssessmentFields = Pick<Assessment, 'title' | 'assessedOn' | 'engagementId' | 'anonymousRatings' | 'consultantSummary'>;
export type CompetencyFields = Omit<CompetencyAssessment, 'competencyId'>;

export interface RatingInput {
  participantId: string;
  /** The rater's name now; kept on the rating so it survives a renamed or removed stakeholder. */
  participantLabel: string;
  competencyId: string;
  /** Null removes the rating. */
  stage: number | null;
}

/** A client's maturity assessments: create, reassess, edit, rate, agree, delete. */
export interface AssessmentsSlice {
  /**
   * A blank assessment on `framework`; a custom framework is embedded in the client (once per
   * id and version) so the file stays readable without the consultant's library. Returns its id.
   */
  createAssessment(clientId: string, framework: Framework, fields: NewAssessmentFields): string | null;
  /** A new assessment that starts from another's placements, confidence and evidence (not its ratings). */
  reassess(clientId: string, fromAssessmentId: string, fields: NewAssessmentFields): string | null;
  updateAssessment(clientId: string, assessmentId: string, patch: Partial<AssessmentFields>, coalesceKey?: string): void;
  updateCompetency(clientId: string, assessmentId: string, competencyId: string, patch: Partial<CompetencyFields>, coalesceKey?: string): void;
  setRating(clientId: string, assessmentId: string, rating: RatingInput): void;
  /** An ad-hoc anonymous participant ("Participant 3"); returns its id. */
  addParticipant(clientId: string, assessmentId: string, label?: string): string | null;
  /** Set the official current stage to the participants' median; no-op when nobody rated. */
  applyConsensus(clientId: string, assessmentId: string, competencyId: string): void;
  deleteAssessment(clientId: string, assessmentId: string): void;
}

export const createAssessmentsSlice =
  (deps: StoreDeps): SliceCreator<AssessmentsSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);
    const editAssessment = (clientId: string, assessmentId: string, change: (assessment: Assessment, at: string) => void, coalesceKey: string | null = null) =>
      edit(
        clientId,
        (client, at) => {
          const assessment = client.assessments.find((candidate) => candidate.id === assessmentId);
          if (!assessment) return;
          change(assessment, at);
          assessment.updatedAt = at;
        },
        coalesceKey === null ? null : `${assessmentId}:${coalesceKey}`,
      );

    return {
      createAssessment(clientId, framework, fields) {
        if (!get().docs[clientId]) return null;
        const id = deps.newId();
        const assessment = newAssessment({ id, now: timestamp(deps), framework, ...fields });
        edit(clientId, (client) => {
          const embedded = client.frameworks.some((candidate) => candidate.id === framework.id && candidate.version === framework.version);
          if (!framework.builtIn && !embedded) client.frameworks.push(structuredClone(framework));
          client.assessments.push(assessment);
        });
        return id;
      },
      reassess(clientId, fromAssessmentId, fields) {
        const from = get().docs[clientId]?.assessments.find((candidate) => candidate.id === fromAssessmentId);
        if (!from) return null;
        const id = deps.newId();
        const at = timestamp(deps);
        edit(clientId, (client) => {
          client.assessments.push({
            ...structuredClone(from),
            ...fields,
            id,
            createdAt: at,
            updatedAt: at,
            // A new session gathers its own ratings and writes its own findings; the placements are what carries over.
            competencies: from.competencies.map((entry) => ({ ...structuredClone(entry), finding: null, recommendation: null })),
            participants: [],
            participantRatings: [],
          });
        });
        return id;
      },
      updateAssessment(clientId, assessmentId, patch, coalesceKey) {
        editAssessment(clientId, assessmentId, (assessment) => void Object.assign(assessment, patch), coalesceKey ?? null);
      },
      updateCompetency(clientId, assessmentId, competencyId, patch, coalesceKey) {
        editAssessment(
          clientId,
          assessmentId,
          (assessment) => {
            const entry = assessment.competencies.find((candidate) => candidate.competencyId === competencyId);
            if (entry) Object.assign(entry, patch);
          },
          coalesceKey ? `${competencyId}:${coalesceKey}` : null,
        );
      },
      setRating(clientId, assessmentId, rating) {
        editAssessment(clientId, assessmentId, (assessment) => {
          const index = assessment.participantRatings.findIndex(
            (candidate) => candidate.participantId === rating.participantId && candidate.competencyId === rating.competencyId,
          );
          if (rating.stage === null) {
            if (index >= 0) assessment.participantRatings.splice(index, 1);
            return;
          }
          const existing = assessment.participantRatings[index];
          if (existing) {
            existing.stage = rating.stage;
            existing.participantLabel = rating.participantLabel;
          } else {
            assessment.participantRatings.push({ id: deps.newId(), ...rating, stage: rating.stage });
          }
        });
      },
      addParticipant(clientId, assessmentId, label) {
        const assessment = get().docs[clientId]?.assessments.find((candidate) => candidate.id === assessmentId);
        if (!assessment) return null;
        const id = deps.newId();
        editAssessment(clientId, assessmentId, (draft) => {
          draft.participants.push({ id, label: label?.trim() || `Participant ${draft.participants.length + 1}` });
        });
        return id;
      },
      applyConsensus(clientId, assessmentId, competencyId) {
        const client = get().docs[clientId];
        const assessment = client?.assessments.find((candidate) => candidate.id === assessmentId);
        const framework = client && assessment ? resolveFramework(client, assessment, get().frameworkLibrary) : null;
        if (!assessment || !framework) return;
        const median = consensusByCompetency(assessment.participantRatings, framework).find((entry) => entry.competencyId === competencyId)?.median ?? null;
        if (median === null) return;
        editAssessment(clientId, assessmentId, (draft) => {
          const entry = draft.competencies.find((candidate) => candidate.competencyId === competencyId);
          if (entry) entry.currentStage = median;
        });
      },
      deleteAssessment(clientId, assessmentId) {
        edit(clientId, (client) => {
          client.assessments = client.assessments.filter((candidate) => candidate.id !== assessmentId);
        });
      },
    };
  };
