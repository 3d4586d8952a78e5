import { describe, expect, it } from 'vitest';
import { makeInitiative } from './initiative-factory';
import { InitiativeSchema, initiativeSpan } from './initiative-schema';

describe('InitiativeSchema', () => {
  it('accepts a complete initiative with quarter and date timing', () => {
    const initiative = makeInitiative({ id: 'a', start: { kind: 'quarter', year: 2026, quarter: 2 }, end: { kind: 'date', date: '2026-09-15' }, stakeholderGroups: ['customers'] });
    expect(InitiativeSchema.safeParse(initiative).error).toBeUndefined();
  });

  it.each([
    ['an end before the start', { start: { kind: 'quarter', year: 2026, quarter: 3 }, end: { kind: 'date', date: '2026-06-30' } }, 'end'],
    ['a dependency on itself', { dependsOn: ['a'] }, 'dependsOn'],
    ['a dependency listed twice', { dependsOn: ['b', 'b'] }, 'dependsOn'],
    ['impact above 5', { impact: 6 }, 'impact'],
    ['effort below 1', { effort: 0 }, 'effort'],
    ['quarter 5', { start: { kind: 'quarter', year: 2026, quarter: 5 } }, 'start'],
    ['an impossible date', { end: { kind: 'date', date: '2026-02-30' } }, 'end'],
    ['an unknown owner role', { ownerRole: 'Chief Happiness Officer' }, 'ownerRole'],
    ['an empty title', { title: '' }, 'title'],
  ])('refuses %s', (_label, fields, path) => {
    const result = InitiativeSchema.safeParse({ ...makeInitiative({ id: 'a' }), ...fields });
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(path);
  });

  it('accepts an end in the same quarter as a quarter start', () => {
    expect(InitiativeSchema.safeParse(makeInitiative({ id: 'a', start: { kind: 'quarter', year: 2026, quarter: 1 }, end: { kind: 'date', date: '2026-01-01' } })).success).toBe(true);
  });
});

describe('initiativeSpan', () => {
  it('is null for an unscheduled initiative', () => {
    expect(initiativeSpan({ start: null, end: null })).toBeNull();
  });
});
