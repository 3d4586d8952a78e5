import { describe, expect, it } from 'vitest';
import type { GapRow } from '../scoring/gap-table';
import type { InitiativeLibraryItem } from './initiative-library-schema';
import { INITIATIVE_LIBRARY } from './initiative-library';
import { SUGGESTION_RULE, suggestInitiatives } from './suggestions';
import type { PhaseId } from './roadmap-reference';

const NAMES: Record<string, string> = { strategy: 'Strategy', leadership: 'Leadership', culture: 'Culture', tools: 'Tools', 'metrics-measurement': 'Metrics & Measurement', 'content-programming': 'Content & Programming' };

/** Gap rows from "id=gap" pairs; "n/a" marks a not-applicable competency, "?" a missing stage. */
const gaps = (spec: string): GapRow[] =>
  spec.split(' ').filter(Boolean).map((pair) => {
    const [id, value] = pair.split('=') as [string, string];
    const gap = value === 'n/a' || value === '?' ? null : Number(value);
    return { competencyId: id, name: NAMES[id] ?? id, current: gap === null ? null : 1, target: gap === null ? null : 1 + gap, gap, confidence: null, notApplicable: value === 'n/a' };
  });

const item = (id: string, phase: PhaseId, competencyIds: string[]): InitiativeLibraryItem => ({
  id, stageOneMoveId: null, title: id, description: id, phase, track: 'internal', competencyIds, ownerRole: 'Community Manager', objective: 'retention',
});

const library = [
  item('late-broad', 'develop', ['strategy', 'leadership']),
  item('early-strategy', 'establish', ['strategy']),
  item('tools', 'establish', ['tools']),
  item('culture', 'establish', ['culture']),
  item('shape-strategy', 'shape', ['strategy']),
  item('early-strategy-2', 'establish', ['strategy']),
  item('content', 'establish', ['content-programming', 'metrics-measurement']),
];

describe('suggestInitiatives', () => {
  it.each<[string, string, string[], string[]]>([
    ['no gaps at all', 'strategy=0 leadership=0 tools=0', [], []],
    ['no gap rows', '', [], []],
    ['everything not applicable or unrated', 'strategy=n/a leadership=? tools=n/a culture=n/a', [], []],
    [
      'largest gap first, then the sum, then earlier phase, then library order',
      'strategy=2 leadership=1 tools=1 culture=n/a metrics-measurement=0 content-programming=-1',
      [],
      ['late-broad', 'early-strategy', 'early-strategy-2', 'shape-strategy', 'tools'],
    ],
    ['a bigger single gap beats a bigger sum', 'tools=3 strategy=2 leadership=2', [], ['tools', 'late-broad', 'early-strategy', 'early-strategy-2', 'shape-strategy']],
    ['items already on the roadmap are left out', 'strategy=2 leadership=1 tools=1', ['late-broad', 'tools'], ['early-strategy', 'early-strategy-2', 'shape-strategy']],
    ['being ahead of target is no gap', 'content-programming=-2 metrics-measurement=1', [], ['content']],
  ])('%s', (_label, spec, existing, expected) => {
    const result = suggestInitiatives({ gapRows: gaps(spec), library, existing: [...existing.map((libraryId) => ({ libraryId })), { libraryId: null }] });
    expect(result.map((suggestion) => suggestion.item.id)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['late-broad', 'strategy=2 leadership=1', 'Lifts Strategy (gap 2) and Leadership (gap 1)'],
    ['late-broad', 'leadership=3 strategy=1', 'Lifts Leadership (gap 3) and Strategy (gap 1)'],
    ['late-broad', 'leadership=1 strategy=1', 'Lifts Leadership (gap 1) and Strategy (gap 1)'],
    ['content', 'metrics-measurement=2 content-programming=2', 'Lifts Metrics & Measurement (gap 2) and Content & Programming (gap 2)'],
    ['early-strategy', 'strategy=1 leadership=3', 'Lifts Strategy (gap 1)'],
  ])('explains %s for %s as “%s”', (id, spec, reason) => {
    const suggestion = suggestInitiatives({ gapRows: gaps(spec), library, existing: [] }).find((entry) => entry.item.id === id);
    expect(suggestion?.reason).toBe(reason);
  });

  it('lists three lifted competencies with commas', () => {
    const three = [item('three', 'establish', ['strategy', 'tools', 'leadership'])];
    expect(suggestInitiatives({ gapRows: gaps('strategy=2 leadership=1 tools=1'), library: three, existing: [] })[0]).toMatchObject({
      reason: 'Lifts Strategy (gap 2), Leadership (gap 1) and Tools (gap 1)',
      largestGap: 2,
      totalGap: 4,
    });
  });

  it('cuts the list at the limit, after ranking (equal gaps: earlier phase first)', () => {
    expect(suggestInitiatives({ gapRows: gaps('strategy=2'), library, existing: [], limit: 2 }).map((entry) => entry.item.id)).toEqual(['early-strategy', 'early-strategy-2']);
  });

  it('puts the built-in library’s strategy and measurement work first for a client weak there', () => {
    const top = suggestInitiatives({ gapRows: gaps('metrics-measurement=2 strategy=2 leadership=1'), library: INITIATIVE_LIBRARY, existing: [], limit: 3 });
    expect(top.map((entry) => entry.item.id)).toEqual(['move-framework-and-roadmap', 'move-audit-gap-analysis', 'p1-kpi-framework']);
    expect(top.every((entry) => entry.item.phase === 'establish')).toBe(true);
  });

  it('states its rule', () => {
    expect(SUGGESTION_RULE).toContain('largest gap');
  });
});
