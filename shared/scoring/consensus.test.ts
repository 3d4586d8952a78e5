import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import { blankFramework } from '../frameworks/framework-edits';
import type { Framework } from '../frameworks/framework-schema';
import { CONSENSUS_RULE, consensusByCompetency, consensusOf } from './consensus';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const sixStages = blankFramework({ id: 'six', name: 'Six', stageNames: ['1', '2', '3', '4', '5', '6'], competencyNames: ['A', 'B'] });

describe('consensusOf', () => {
  it.each<[string, number[], number, number | null, number[], number | null, boolean]>([
    ['no ratings', [], 4, null, [0, 0, 0, 0], null, false],
    ['one rater', [3], 4, 3, [0, 0, 1, 0], 0, false],
    ['an odd count', [1, 2, 2, 4, 3], 4, 2, [1, 2, 1, 1], 3, true],
    ['an even count takes the lower middle', [2, 3], 4, 2, [0, 1, 1, 0], 1, false],
    ['a tie between two camps', [1, 1, 3, 3], 4, 1, [2, 0, 2, 0], 2, true],
    ['unanimity', [4, 4, 4], 4, 4, [0, 0, 0, 3], 0, false],
    ['a spread of exactly two is a disagreement', [2, 4], 4, 2, [0, 1, 0, 1], 2, true],
    ['a spread of one is not', [3, 4, 4, 3], 4, 3, [0, 0, 2, 2], 1, false],
    ['stages beyond the framework are left out', [1, 5, 0, 2], 4, 1, [1, 1, 0, 0], 1, false],
    ['a three-stage framework', [1, 3, 3], 3, 3, [1, 0, 2], 2, true],
    ['a six-stage framework', [6, 5, 1, 2, 6, 6], 6, 5, [1, 1, 0, 0, 1, 3], 5, true],
  ])('%s', (_label, ratings, stageCount, median, counts, spread, disagreement) => {
    const result = consensusOf('c', ratings, stageCount);
    expect(result.median).toBe(median);
    expect(result.distribution.map((entry) => entry.count)).toEqual(counts);
    expect(result.distribution.map((entry) => entry.level)).toEqual(counts.map((_, index) => index + 1));
    expect(result.spread).toBe(spread);
    expect(result.disagreement).toBe(disagreement);
    expect(result.raters).toBe(counts.reduce((sum, count) => sum + count, 0));
  });
});

describe('consensusByCompetency', () => {
  it('groups ratings per competency in framework order and ignores unknown competencies', () => {
    const assessment = buildAssessment(cmm, { ratings: { ana: [1, 4, null], ben: [2, 2, null], cy: [2, 1, null] } });
    const ratings = [...assessment.participantRatings, { ...assessment.participantRatings[0]!, id: 'x', competencyId: 'ghost' }];
    const result = consensusByCompetency(ratings, cmm);
    expect(result).toHaveLength(8);
    expect(result.slice(0, 3).map((entry) => [entry.competencyId, entry.median, entry.disagreement])).toEqual([
      ['strategy', 2, false],
      ['leadership', 2, true],
      ['culture', null, false],
    ]);
  });

  it('works on a custom six-stage framework', () => {
    const assessment = buildAssessment(sixStages, { ratings: { a: [6, 1], b: [5, 1] } });
    expect(consensusByCompetency(assessment.participantRatings, sixStages).map((entry) => entry.median)).toEqual([5, 1]);
  });

  it('states its rule in a sentence', () => {
    expect(CONSENSUS_RULE).toMatch(/median/);
    expect(CONSENSUS_RULE).toMatch(/lower of the two middle values/);
  });
});
