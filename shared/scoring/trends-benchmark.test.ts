import { describe, expect, it } from 'vitest';
import { buildAssessment, type RowShorthand } from '../assessment/assessment-builders';
import type { Assessment } from '../assessment/assessment-schema';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import { blankFramework } from '../frameworks/framework-edits';
import type { Framework } from '../frameworks/framework-schema';
import { benchmarkAgainstPeers, latestAssessment } from './benchmark';
import { compareAssessments } from './trends';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const threeStages = blankFramework({ id: 'three', name: 'Three', stageNames: ['Low', 'Mid', 'High'], competencyNames: ['A', 'B', 'C'] });
const NA = 'n/a' as const;

describe('compareAssessments', () => {
  it('gives delta and direction per competency and overall', () => {
    const earlier = buildAssessment(cmm, { rows: [[1, 3], [2, 3], [2, 2], NA, [1, 2], [null, 3], [3, 4], [2, 3]] });
    const later = buildAssessment(cmm, { rows: [[2, 3], [2, 4], [1, 2], [2, 3], NA, [2, 3], [3, 4], [3, 4]] });
    const trend = compareAssessments(earlier, later, cmm);
    expect(trend.competencies.map((row) => [row.competencyId, row.currentDelta, row.targetDelta, row.direction])).toEqual([
      ['strategy', 1, 0, 'up'],
      ['leadership', 0, 1, 'same'],
      ['culture', -1, 0, 'down'],
      ['community-management', null, null, 'n.a.'],
      ['content-programming', null, null, 'n.a.'],
      ['policies-governance', null, 0, 'n.a.'],
      ['tools', 0, 0, 'same'],
      ['metrics-measurement', 1, 1, 'up'],
    ]);
    expect(trend).toMatchObject({ overallBefore: 2, overallAfter: 2, overallDelta: 0 });
  });

  it.each<[string, RowShorthand[], RowShorthand[], number | null, number | null, number | null]>([
    ['N/A everywhere', [NA, NA, NA], [NA, NA, NA], null, null, null],
    ['nothing before', [NA, NA, NA], [[1, 3], [2, 3], [3, 3]], null, 2, null],
    ['a climb on a three-stage framework', [[1, 3], [1, 3], [2, 3]], [[2, 3], [3, 3], [3, 3]], 1, 3, 2],
  ])('overall on %s', (_label, before, after, overallBefore, overallAfter, overallDelta) => {
    const trend = compareAssessments(buildAssessment(threeStages, { rows: before }), buildAssessment(threeStages, { rows: after }), threeStages);
    expect(trend).toMatchObject({ overallBefore, overallAfter, overallDelta });
  });

  it('shows a competency added to a custom framework as n.a.', () => {
    const earlier = buildAssessment(threeStages, { rows: [[1, 2], [1, 2], [1, 2]] });
    const later = buildAssessment(threeStages, { rows: [[2, 2], [2, 2], [2, 2]] });
    const withoutC: Assessment = { ...earlier, competencies: earlier.competencies.slice(0, 2) };
    expect(compareAssessments(withoutC, later, threeStages).competencies.map((row) => row.direction)).toEqual(['up', 'up', 'n.a.']);
  });
});

const client = (clientId: string, ...assessments: Assessment[]) => ({ clientId, assessments });
const onThree = (id: string, assessedOn: string, rows: RowShorthand[]) => buildAssessment(threeStages, { id, assessedOn, rows });

describe('latestAssessment', () => {
  it('picks the latest on the framework by date, then update time, then id', () => {
    const a = onThree('a', '2025-01-01', []);
    const b = onThree('b', '2026-01-01', []);
    const c = { ...onThree('c', '2026-01-01', []), updatedAt: '2026-02-01T00:00:00.000Z' };
    const other = buildAssessment(cmm, { id: 'd', assessedOn: '2027-01-01' });
    expect(latestAssessment([a, c, b, other], 'three')?.id).toBe('c');
    expect(latestAssessment([a, b], 'three')?.id).toBe('b');
    expect(latestAssessment([other], 'three')).toBeNull();
  });
});

describe('benchmarkAgainstPeers', () => {
  const me = client('me', onThree('m1', '2026-01-01', [[3, 3], [3, 3], [3, 3]]));

  it.each<[string, ReturnType<typeof client>[], number | null, (number | null)[] | null, number[] | null]>([
    ['no other client', [me], null, null, null],
    ['one peer', [me, client('p1', onThree('p1a', '2026-01-01', [[1, 2], NA, [2, 3]]))], 1, [1, null, 2], [1, 0, 1]],
    [
      'an even number of peers gives a half stage',
      [me, client('p1', onThree('x', '2026-01-01', [[1, 2], [2, 2], [1, 1]])), client('p2', onThree('y', '2026-01-01', [[2, 2], [3, 3], NA]))],
      2,
      [1.5, 2.5, 1],
      [2, 2, 1],
    ],
    [
      'only each peer’s latest counts',
      [me, client('p1', onThree('old', '2024-01-01', [[1, 1], [1, 1], [1, 1]]), onThree('new', '2026-01-01', [[3, 3], [3, 3], [3, 3]]))],
      1,
      [3, 3, 3],
      [1, 1, 1],
    ],
    ['a peer with no assessment on the framework does not count', [me, client('p1', buildAssessment(cmm))], null, null, null],
  ])('%s', (_label, clients, peerCount, medians, contributing) => {
    const result = benchmarkAgainstPeers({ clientId: 'me', framework: threeStages, clients });
    if (peerCount === null) expect(result).toBeNull();
    else {
      expect(result?.peerCount).toBe(peerCount);
      expect(result?.competencies.map((entry) => entry.peerMedian)).toEqual(medians);
      expect(result?.competencies.map((entry) => entry.contributing)).toEqual(contributing);
    }
  });

  it('puts out only numbers and ids of competencies, never client ids', () => {
    const result = benchmarkAgainstPeers({ clientId: 'me', framework: threeStages, clients: [me, client('secret-client', onThree('s', '2026-01-01', [[2, 2]]))] });
    expect(JSON.stringify(result?.competencies)).not.toContain('secret');
  });

  it('can require more peers before showing anything', () => {
    const clients = [me, client('p1', onThree('p', '2026-01-01', [[2, 2]]))];
    expect(benchmarkAgainstPeers({ clientId: 'me', framework: threeStages, clients, minimumPeers: 3 })).toBeNull();
  });
});
