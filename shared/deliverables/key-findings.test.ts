import { describe, expect, it } from 'vitest';
import { deliverableFixture } from './deliverable-fixture';
import { keyFindings } from './key-findings';
import { isNearTerm } from './narrative/top-initiatives';

describe('keyFindings', () => {
  const input = deliverableFixture();
  const findings = keyFindings(input);

  it('names the strongest and weakest competencies of the latest assessment', () => {
    expect(findings.assessment).not.toBeNull();
    expect(findings.strongest.length).toBeGreaterThan(0);
    const top = findings.strongest[0]!.current;
    expect(findings.strongest.every((row) => row.current === top)).toBe(true);
    expect(findings.weakest.every((row) => row.current < top)).toBe(true);
  });

  it('lists the largest positive gaps, largest first', () => {
    const gaps = findings.largestGaps.map((row) => row.gap);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((gap) => gap > 0)).toBe(true);
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });

  it('places the client on the ten stages and says so in a sentence', () => {
    expect(findings.tenStage).toMatchObject({ of: 10 });
    expect(findings.sentences.some((sentence) => sentence.includes(`stage ${findings.tenStage!.stage} of 10`))).toBe(true);
  });

  it('ranks open initiatives near-term first, then by impact, leaving out done and dropped ones', () => {
    const byId = new Map(input.client.initiatives.map((initiative) => [initiative.id, initiative]));
    expect(findings.topInitiatives.length).toBeGreaterThan(0);
    expect(findings.topInitiatives.every((item) => !['done', 'dropped'].includes(byId.get(item.initiativeId)!.status))).toBe(true);
    const today = input.generatedAt.slice(0, 10);
    const keys = findings.topInitiatives.map((item) => Number(isNearTerm(byId.get(item.initiativeId)!, today)) * 10 + item.impact);
    expect([...keys].sort((a, b) => b - a)).toEqual(keys);
  });

  it('gives no findings and no sentences for a client with nothing recorded', () => {
    const empty = keyFindings({ ...input, client: { ...input.client, assessments: [], tenStagePlacements: [], initiatives: [] } });
    expect(empty).toMatchObject({ assessment: null, overallStage: null, strongest: [], weakest: [], largestGaps: [], tenStage: null, topInitiatives: [], sentences: [] });
  });

  it('reads only the chosen engagement', () => {
    const other = input.client.engagements.find((engagement) => engagement.id !== input.engagementId)!;
    const elsewhere = keyFindings({ ...input, engagementId: other.id });
    const assessmentEngagement = input.client.assessments.find((assessment) => assessment.id === elsewhere.assessment?.id)?.engagementId;
    if (elsewhere.assessment) expect(assessmentEngagement).toBe(other.id);
    expect(findings.assessment === null || input.client.assessments.find((a) => a.id === findings.assessment!.id)!.engagementId === input.engagementId).toBe(true);
  });
});
