import { describe, expect, it } from 'vitest';
import type { BusinessFunction, Stakeholder } from '../domain/client';
import { countStakeholdersByDepartment, departmentNameOf, stakeholderFlags } from './stakeholder-selectors';

const at = '2026-01-01T00:00:00.000Z';
const fn = (id: string, name: string): BusinessFunction => ({ id, name, custom: false, createdAt: at, updatedAt: at });
const person = (id: string, departmentId: string | null, flags: Partial<Stakeholder> = {}): Stakeholder => ({
  id,
  createdAt: at,
  updatedAt: at,
  name: id,
  title: '',
  departmentId,
  group: 'employees',
  influence: 3,
  interest: 3,
  isSponsor: false,
  isChampion: false,
  isCommunityLeader: false,
  contactNotes: '',
  ...flags,
});

describe('countStakeholdersByDepartment', () => {
  it('counts per department and skips people outside any', () => {
    const counts = countStakeholdersByDepartment([person('a', 'mkt'), person('b', 'mkt'), person('c', 'cs'), person('d', null)]);
    expect([...counts.entries()].sort()).toEqual([
      ['cs', 1],
      ['mkt', 2],
    ]);
  });
});

describe('departmentNameOf', () => {
  const functions = [fn('mkt', 'Marketing')];
  it.each([
    ['mkt', 'Marketing'],
    [null, ''],
    ['gone', ''],
  ])('department %s → %j', (departmentId, name) => {
    expect(departmentNameOf({ departmentId }, functions)).toBe(name);
  });
});

describe('stakeholderFlags', () => {
  it.each([
    [{}, []],
    [{ isSponsor: true }, ['Sponsor']],
    [{ isChampion: true, isCommunityLeader: true }, ['Champion', 'Community leader']],
    [{ isSponsor: true, isChampion: true, isCommunityLeader: true }, ['Sponsor', 'Champion', 'Community leader']],
  ])('%o → %o', (flags, labels) => {
    expect(stakeholderFlags(person('x', null, flags))).toEqual(labels);
  });
});
