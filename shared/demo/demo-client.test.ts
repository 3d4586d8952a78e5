import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../domain/client';
import { BUSINESS_FUNCTIONS } from '../domain/reference-lists';
import { buildDemoClient } from './demo-client';
import { COMMUNITY_MATURITY_MODEL, TEN_STAGES_MODEL } from '../frameworks/builtin';
import { auditCoverageMatrix } from '../scoring/audit-coverage';
import { DISAGREEMENT_SPREAD } from '../scoring/consensus';
import { deriveTenStage } from '../scoring/ten-stage-derivation';

const sequentialIds = () => {
  let next = 0;
  return () => `demo-${(next += 1)}`;
};
const now = new Date('2026-03-02T09:30:00.000Z');

describe('buildDemoClient', () => {
  const client = buildDemoClient({ newId: sequentialIds(), now });

  it('builds a client that the shared schema accepts', () => {
    expect(ClientSchema.safeParse(client).success).toBe(true);
  });

  it('is deterministic for the same ids and clock', () => {
    expect(buildDemoClient({ newId: sequentialIds(), now })).toEqual(client);
  });

  it('uses unique ids for every entity', () => {
    const ids = [
      client.id,
      ...client.functions.map((f) => f.id),
      ...client.stakeholders.map((s) => s.id),
      ...client.engagements.map((e) => e.id),
      ...client.assessments.flatMap((a) => [a.id, ...a.participantRatings.map((r) => r.id)]),
      ...client.tenStagePlacements.map((p) => p.id),
      ...client.audits.map((a) => a.id),
      ...client.stageOneDiagnoses.map((d) => d.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has 7 to 9 reference departments plus one custom department', () => {
    const reference = client.functions.filter((f) => !f.custom);
    expect(reference.length).toBeGreaterThanOrEqual(7);
    expect(reference.length).toBeLessThanOrEqual(9);
    expect(reference.every((f) => (BUSINESS_FUNCTIONS as readonly string[]).includes(f.name))).toBe(true);
    expect(client.functions.filter((f) => f.custom)).toHaveLength(1);
  });

  it('has a sponsor, a community leader and three champions from different departments', () => {
    expect(client.stakeholders.filter((s) => s.isSponsor)).toHaveLength(1);
    expect(client.stakeholders.filter((s) => s.isCommunityLeader)).toHaveLength(1);
    const champions = client.stakeholders.filter((s) => s.isChampion);
    expect(champions).toHaveLength(3);
    expect(new Set(champions.map((c) => c.departmentId)).size).toBe(3);
    expect(champions.every((c) => c.departmentId !== null)).toBe(true);
  });

  it('links every stakeholder department to one of the client departments', () => {
    const departmentIds = new Set(client.functions.map((f) => f.id));
    expect(client.stakeholders.every((s) => s.departmentId === null || departmentIds.has(s.departmentId))).toBe(true);
  });

  it('spreads stakeholders over groups and the influence/interest grid', () => {
    expect(client.stakeholders.length).toBeGreaterThanOrEqual(10);
    expect(new Set(client.stakeholders.map((s) => s.group)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(client.stakeholders.map((s) => `${s.influence > 3}-${s.interest > 3}`)).size).toBe(4);
  });

  it('has accented names, a completed baseline a year before and an active kickoff engagement', () => {
    expect(client.stakeholders.some((s) => /[ÀÅØäöüßéèëñłśćźż]/i.test(s.name))).toBe(true);
    expect(client.engagements).toEqual([
      expect.objectContaining({ title: 'Social business baseline 2025', status: 'completed', startDate: '2025-03-02' }),
      expect.objectContaining({ title: 'Social business kickoff 2026', status: 'active', startDate: '2026-03-02' }),
    ]);
  });

  it('has two CMM assessments a year apart, complete on all 8 competencies, the later one showing progress', () => {
    const [baseline, later] = client.assessments;
    expect(client.assessments).toHaveLength(2);
    expect([baseline!.assessedOn, later!.assessedOn]).toEqual(['2025-03-02', '2026-03-02']);
    expect([baseline!.engagementId, later!.engagementId]).toEqual(client.engagements.map((e) => e.id));
    for (const assessment of [baseline!, later!]) {
      expect(assessment.frameworkId).toBe(COMMUNITY_MATURITY_MODEL.id);
      expect(assessment.competencies).toHaveLength(8);
      for (const row of assessment.competencies) {
        expect(row.currentStage).not.toBeNull();
        expect(row.targetStage).toBeGreaterThanOrEqual(row.currentStage!);
        expect(row.evidence.length).toBeGreaterThan(40);
      }
      expect(new Set(assessment.competencies.map((row) => row.confidence)).size).toBeGreaterThan(1);
    }
    const improved = later!.competencies.filter((row, index) => row.currentStage! > baseline!.competencies[index]!.currentStage!);
    expect(improved.length).toBeGreaterThanOrEqual(3);
  });

  it('has ratings from five stakeholders on the later assessment with exactly one clear disagreement', () => {
    const later = client.assessments[1]!;
    const raters = new Set(later.participantRatings.map((r) => r.participantId));
    expect(raters.size).toBe(5);
    expect([...raters].every((id) => client.stakeholders.some((s) => s.id === id))).toBe(true);
    const spreads = COMMUNITY_MATURITY_MODEL.competencies.map((competency) => {
      const stages = later.participantRatings.filter((r) => r.competencyId === competency.id).map((r) => r.stage);
      return Math.max(...stages) - Math.min(...stages);
    });
    expect(spreads.filter((spread) => spread >= DISAGREEMENT_SPREAD)).toHaveLength(1);
  });

  it('places the client on the ten stages, audits every department with a coverage matrix, and tracks the six moves', () => {
    expect(deriveTenStage(client.tenStagePlacements[0]!, TEN_STAGES_MODEL).derivedStage).toBe(3);
    const audit = client.audits[0]!;
    expect(audit.entries.map((entry) => entry.functionName)).toEqual(client.functions.map((f) => f.name));
    expect(audit.entries.every((entry) => Object.values(entry.answers).some((answer) => answer.length > 0))).toBe(true);
    const matrix = auditCoverageMatrix(audit);
    expect(matrix.total).toBeGreaterThan(10);
    expect(matrix.columnTotals.filter((total) => total === 0).length).toBeGreaterThan(0);
    const moves = client.stageOneDiagnoses[0]!.moves;
    expect(moves).toHaveLength(6);
    expect(new Set(moves.map((move) => move.status))).toEqual(new Set(['done', 'in-progress', 'not-started']));
    expect(moves.filter((move) => move.ownerStakeholderId !== null).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the demo client’s plan', () => {
  let n = 0;
  const client = buildDemoClient({ newId: () => `plan-${++n}`, now: new Date('2026-11-22T09:00:00.000Z') });

  it('has a roadmap across all four phases and both tracks, a KPI plan with share of voice, and an organization', () => {
    expect(new Set(client.initiatives.map((item) => item.phase))).toEqual(new Set(['establish', 'shape', 'develop', 'innovate']));
    expect(new Set(client.initiatives.map((item) => item.track))).toEqual(new Set(['internal', 'external']));
    expect(client.initiatives.length).toBeGreaterThanOrEqual(12);
    expect(client.kpis.some((kpi) => kpi.shareOfVoice !== null && kpi.shareOfVoice.periods.length >= 3)).toBe(true);
    expect(client.organization?.operatingModel).toBeTruthy();
  });

  it('links KPIs and initiatives on both sides', () => {
    const pairs = client.kpis.flatMap((kpi) => kpi.initiativeIds.map((id) => [kpi.id, id] as const));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [kpiId, initiativeId] of pairs) {
      expect(client.initiatives.find((item) => item.id === initiativeId)?.kpiIds).toContain(kpiId);
    }
  });
});
