import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import { createCairnStore } from './cairn-store';
import { aClient } from '../test/factories';

const CMM = COMMUNITY_MATURITY_MODEL;

function setup() {
  let n = 0;
  const store = createCairnStore({ now: () => new Date('2026-11-22T10:00:00.000Z'), newId: () => `id-${++n}` });
  store.getState().addClient(aClient({ id: 'c1', engagements: [{ id: 'e1', title: 'Baseline', startDate: null, endDate: null, scope: '', executiveSummary: '', status: 'active', createdAt: 'x', updatedAt: 'x' }] }));
  const id = store.getState().createAssessment('c1', CMM, { engagementId: 'e1', title: 'Baseline', assessedOn: '2025-11-01' })!;
  const assessment = () => store.getState().docs['c1']!.assessments.find((item) => item.id === id)!;
  return { store, id, assessment, doc: () => store.getState().docs['c1']! };
}

describe('assessments slice', () => {
  it('creates an assessment with one empty row per competency, as one undo step', () => {
    const { store, assessment, doc } = setup();
    expect(assessment()).toMatchObject({ engagementId: 'e1', frameworkId: 'cmm', frameworkVersion: CMM.version, title: 'Baseline', assessedOn: '2025-11-01' });
    expect(assessment().competencies).toHaveLength(8);
    expect(assessment().competencies.every((row) => row.currentStage === null && row.targetStage === null)).toBe(true);
    expect(doc().frameworks).toEqual([]);
    store.undo();
    expect(doc().assessments).toEqual([]);
  });

  it('embeds a custom framework once per id and version', () => {
    const { store, doc } = setup();
    const custom: Framework = { ...CMM, id: 'mine', version: '1.0', name: 'Mine', builtIn: false, basedOn: { id: 'cmm', version: CMM.version } };
    store.getState().createAssessment('c1', custom, { engagementId: 'e1', title: 'A', assessedOn: '2026-01-01' });
    store.getState().createAssessment('c1', custom, { engagementId: 'e1', title: 'B', assessedOn: '2026-02-01' });
    expect(doc().frameworks.map((f) => `${f.id}@${f.version}`)).toEqual(['mine@1.0']);
    store.getState().createAssessment('c1', { ...custom, version: '1.1' }, { engagementId: 'e1', title: 'C', assessedOn: '2026-03-01' });
    expect(doc().frameworks.map((f) => `${f.id}@${f.version}`)).toEqual(['mine@1.0', 'mine@1.1']);
  });

  it('sets stages, confidence and N/A, and coalesces evidence typing into one undo step', () => {
    const { store, id, assessment } = setup();
    store.getState().updateCompetency('c1', id, 'strategy', { currentStage: 2, targetStage: 4 });
    store.getState().updateCompetency('c1', id, 'culture', { notApplicable: true, notApplicableReason: 'Handled by HR' });
    store.getState().updateCompetency('c1', id, 'strategy', { evidence: 'S' }, 'evidence');
    store.getState().updateCompetency('c1', id, 'strategy', { evidence: 'St' }, 'evidence');
    store.getState().updateCompetency('c1', id, 'strategy', { evidence: 'Str' }, 'evidence');
    expect(assessment().competencies[0]).toMatchObject({ competencyId: 'strategy', currentStage: 2, targetStage: 4, evidence: 'Str' });
    expect(assessment().competencies.find((row) => row.competencyId === 'culture')).toMatchObject({ notApplicable: true, notApplicableReason: 'Handled by HR' });
    store.undo();
    expect(assessment().competencies[0]).toMatchObject({ currentStage: 2, evidence: '' });
  });

  it('reassesses from an earlier assessment: copies placements and evidence, not ratings', () => {
    const { store, id, doc } = setup();
    store.getState().updateCompetency('c1', id, 'strategy', { currentStage: 2, targetStage: 4, evidence: 'Roadmap draft', confidence: 'high' });
    store.getState().setRating('c1', id, { participantId: 'p1', participantLabel: 'Jana', competencyId: 'strategy', stage: 3 });
    const next = store.getState().reassess('c1', id, { engagementId: 'e1', title: 'Follow-up', assessedOn: '2026-11-01' })!;
    const copy = doc().assessments.find((item) => item.id === next)!;
    expect(copy).toMatchObject({ title: 'Follow-up', assessedOn: '2026-11-01', createdAt: '2026-11-22T10:00:00.000Z', participantRatings: [] });
    expect(copy.competencies[0]).toEqual({ competencyId: 'strategy', currentStage: 2, targetStage: 4, evidence: 'Roadmap draft', confidence: 'high', notApplicable: false, notApplicableReason: '', finding: null, recommendation: null });
    store.getState().updateCompetency('c1', next, 'strategy', { currentStage: 3 });
    expect(doc().assessments.find((item) => item.id === id)!.competencies[0]!.currentStage).toBe(2);
  });

  it('records one rating per participant and competency, clears it, and applies the consensus', () => {
    const { store, id, assessment } = setup();
    const rate = (participantId: string, stage: number | null) => store.getState().setRating('c1', id, { participantId, participantLabel: participantId, competencyId: 'culture', stage });
    rate('a', 1);
    rate('b', 3);
    rate('c', 3);
    rate('c', 4);
    expect(assessment().participantRatings.map((r) => [r.participantId, r.stage])).toEqual([['a', 1], ['b', 3], ['c', 4]]);
    rate('a', null);
    expect(assessment().participantRatings).toHaveLength(2);
    // Lower median of 3 and 4.
    store.getState().applyConsensus('c1', id, 'culture');
    expect(assessment().competencies.find((row) => row.competencyId === 'culture')!.currentStage).toBe(3);
  });

  it('adds numbered anonymous participants and switches anonymous mode', () => {
    const { store, id, assessment } = setup();
    store.getState().addParticipant('c1', id);
    store.getState().addParticipant('c1', id);
    expect(assessment().participants.map((p) => p.label)).toEqual(['Participant 1', 'Participant 2']);
    store.getState().updateAssessment('c1', id, { anonymousRatings: true });
    expect(assessment().anonymousRatings).toBe(true);
  });

  it('deletes an assessment and brings it back with undo', () => {
    const { store, id, doc } = setup();
    store.getState().deleteAssessment('c1', id);
    expect(doc().assessments).toEqual([]);
    store.undo();
    expect(doc().assessments.map((item) => item.id)).toEqual([id]);
  });
});
