import { describe, expect, it } from 'vitest';
import { makeInitiative } from '../../../../../shared/roadmap/initiative-factory';
import { aClient, aStakeholder } from '../../../test/factories';
import { NO_FILTERS, filterRows, initiativeRows, ownerOptions, rangeBetween } from './initiative-rows';
import { defaultQuarterRange, scheduledExtent } from './quarter-range';

const q = (year: number, quarter: 1 | 2 | 3 | 4) => ({ kind: 'quarter' as const, year, quarter });

describe('initiativeRows', () => {
  const client = aClient({
    stakeholders: [aStakeholder({ id: 'p1', name: 'Jana Berg' })],
    initiatives: [
      makeInitiative({ id: 'a', title: 'Policy', ownerStakeholderId: 'p1', ownerRole: 'Community Manager', objective: 'awareness', dependsOn: [] }),
      makeInitiative({ id: 'b', title: 'Listening', ownerRole: 'Data Analyst', start: q(2026, 2), dependsOn: ['a'] }),
      makeInitiative({ id: 'c', title: 'Pilot', phase: 'shape', status: 'idea' }),
    ],
  });
  const rows = initiativeRows(client);

  it('shows the owning stakeholder, else the owner role, else nothing', () => {
    expect(rows.map((row) => row.owner)).toEqual(['Jana Berg', 'Data Analyst', '']);
    expect(ownerOptions(rows)).toEqual(['Data Analyst', 'Jana Berg']);
  });

  it('keeps sort keys beside labels', () => {
    expect(rows[1]).toMatchObject({ startLabel: 'Q2 2026', dependencies: 1, phaseNumber: 1, statusLabel: 'Planned' });
    expect(rows[0]).toMatchObject({ startDay: undefined, objective: 'Awareness' });
  });

  it.each([
    [{ text: 'jana' }, ['a']],
    [{ text: 'AWARE' }, ['a']],
    [{ phase: 'shape' as const }, ['c']],
    [{ status: 'planned' as const, owner: 'Data Analyst' }, ['b']],
    [{ track: 'external' as const }, []],
  ])('filters %o', (filters, ids) => {
    expect(filterRows(rows, { ...NO_FILTERS, ...filters }).map((row) => row.id)).toEqual(ids);
  });

  it('selects ranges in either direction and falls back to the target alone', () => {
    expect(rangeBetween(['a', 'b', 'c', 'd'], 'c', 'a')).toEqual(['a', 'b', 'c']);
    expect(rangeBetween(['a', 'b'], 'gone', 'b')).toEqual(['b']);
  });
});

describe('quarter range', () => {
  it('opens from last quarter through a year ahead when nothing is scheduled', () => {
    expect(defaultQuarterRange([], '2026-05-10')).toEqual({ from: 2026 * 4, to: 2026 * 4 + 4 });
    expect(scheduledExtent([{ start: null, end: null }])).toBeNull();
  });

  it('reaches back to the first start and caps the length', () => {
    const range = defaultQuarterRange([{ start: q(2024, 1), end: q(2030, 4) }], '2026-05-10');
    expect(range).toEqual({ from: 2024 * 4, to: 2024 * 4 + 9 });
  });
});
