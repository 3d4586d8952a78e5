import { describe, expect, it } from 'vitest';
import { buildAssessment, type RowShorthand } from '../assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import { blankFramework } from '../frameworks/framework-edits';
import type { Framework } from '../frameworks/framework-schema';
import { gapTable } from './gap-table';
import { overallStage } from './overall-stage';
import { percentToTarget } from './percent-to-target';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const threeStages = blankFramework({ id: 'three', name: 'Three', stageNames: ['Low', 'Mid', 'High'], competencyNames: ['A', 'B', 'C'] });
const sixStages = blankFramework({ id: 'six', name: 'Six', stageNames: ['1', '2', '3', '4', '5', '6'], competencyNames: ['A', 'B', 'C', 'D'] });
const NA = 'n/a' as const;

describe('overallStage', () => {
  it.each<[string, Framework, RowShorthand[], number | null, number]>([
    ['nothing rated', cmm, [], null, 0],
    ['N/A everywhere', threeStages, [NA, NA, NA], null, 0],
    ['one competency', cmm, [[3, 4]], 3, 1],
    ['an odd count', cmm, [[1, 2], [3, 4], [2, 3]], 2, 3],
    ['an even count takes the lower middle', cmm, [[1, 2], [4, 4], [2, 3], [3, 3]], 2, 4],
    ['a tie between two camps', cmm, [[1, 1], [1, 1], [4, 4], [4, 4]], 1, 4],
    ['N/A and unrated are left out', cmm, [[4, 4], NA, [null, 3], [3, 3]], 3, 2],
    ['stages beyond the framework are left out', threeStages, [[4, 4], [2, 3], [3, 3]], 2, 2],
    ['a six-stage framework', sixStages, [[6, 6], [5, 6], [1, 3], [5, 5]], 5, 4],
  ])('%s → %s', (_label, framework, rows, stage, basedOn) => {
    const result = overallStage(buildAssessment(framework, { rows }), framework);
    expect(result).toMatchObject({ stage, basedOn });
    expect(result.rule).toMatch(/median/);
  });
});

describe('percentToTarget', () => {
  it.each<[string, Framework, RowShorthand[], (number | null)[], number | null]>([
    ['nothing rated', cmm, [], [null, null, null, null, null, null, null, null], null],
    ['N/A everywhere', threeStages, [NA, NA, NA], [null, null, null], null],
    ['at stage 1 aiming for 4', cmm, [[1, 4]], [0, null, null, null, null, null, null, null], 0],
    ['halfway and beyond: 3 of 5 steps climbed', threeStages, [[2, 3], [3, 3], [1, 2]], [50, 100, 0], 60],
    ['a far target weighs more than a near one', cmm, [[2, 4], [2, 2]], [33, 100, null, null, null, null, null, null], 50],
    ['beyond target counts as 100', threeStages, [[3, 2], [1, 1], NA], [100, 100, null], 100],
    ['a missing target leaves the competency out', threeStages, [[2, null], [1, 3], [null, 3]], [null, 0, null], 0],
    ['rounded down, never up', sixStages, [[6, 6], [5, 6], [6, 6], [4, 6]], [100, 80, 100, 60], 85],
  ])('%s', (_label, framework, rows, perCompetency, overall) => {
    const result = percentToTarget(buildAssessment(framework, { rows }), framework);
    expect(result.competencies.map((entry) => entry.percent)).toEqual(perCompetency);
    expect(result.overall).toBe(overall);
  });

  it('flags a competency that is beyond its target', () => {
    const result = percentToTarget(buildAssessment(threeStages, { rows: [[3, 2], [2, 2]] }), threeStages);
    expect(result.competencies.map((entry) => entry.aboveTarget)).toEqual([true, false, false]);
  });
});

describe('gapTable', () => {
  it('sorts by gap, largest first, then framework order, with gapless rows last', () => {
    const rows: RowShorthand[] = [[2, 3], [1, 4], NA, [2, 4], [3, 3], [4, 3], [null, 4], [1, 2]];
    const table = gapTable(buildAssessment(cmm, { rows }), cmm);
    expect(table.map((row) => [row.competencyId, row.gap])).toEqual([
      ['leadership', 3],
      ['community-management', 2],
      ['strategy', 1],
      ['metrics-measurement', 1],
      ['content-programming', 0],
      ['policies-governance', -1],
      ['culture', null],
      ['tools', null],
    ]);
    expect(table[6]).toMatchObject({ name: 'Culture', notApplicable: true, current: null, target: null });
    expect(table[0]).toMatchObject({ current: 1, target: 4, confidence: 'medium' });
  });

  it('returns every competency even with nothing rated, in framework order', () => {
    expect(gapTable(buildAssessment(threeStages), threeStages).map((row) => row.competencyId)).toEqual(['competency-1', 'competency-2', 'competency-3']);
  });
});
