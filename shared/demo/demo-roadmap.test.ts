import { describe, expect, it } from 'vitest';
import { InitiativeSchema } from '../roadmap/initiative-schema';
import { findCycle, schedulingConflicts } from '../roadmap/dependencies';
import { PHASE_IDS, TRACK_IDS } from '../roadmap/roadmap-reference';
import { cellsOf } from '../roadmap/board';
import { buildDemoClient } from './demo-client';
import { demoRoadmap } from './demo-roadmap';

const sequentialIds = () => {
  let next = 0;
  return () => `demo-${(next += 1)}`;
};
const now = new Date('2026-03-02T09:30:00.000Z');
const client = buildDemoClient({ newId: sequentialIds(), now });
const engagementId = client.engagements[1]!.id;
const roadmap = demoRoadmap({ newId: sequentialIds(), now, stakeholders: client.stakeholders, engagementId });

describe('demoRoadmap', () => {
  it('builds at least a dozen initiatives that the schema accepts', () => {
    expect(roadmap.length).toBeGreaterThanOrEqual(12);
    for (const initiative of roadmap) expect(InitiativeSchema.safeParse(initiative).error).toBeUndefined();
  });

  it('covers every phase on both tracks, with orders 0…n−1 in each cell', () => {
    for (const phase of PHASE_IDS) for (const track of TRACK_IDS) expect(roadmap.some((item) => item.phase === phase && item.track === track)).toBe(true);
    for (const cell of cellsOf(roadmap)) expect(cell.items.map((item) => item.order)).toEqual(cell.items.map((_, index) => index));
  });

  it('has dependencies without a loop and exactly one scheduling conflict to show the warning', () => {
    expect(roadmap.filter((item) => item.dependsOn.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(findCycle(roadmap)).toBeNull();
    expect(schedulingConflicts(roadmap).map((conflict) => conflict.message)).toEqual([
      '“Social customer care pilot” starts on 2026-10-01, but it depends on “Start a listening program”, which ends on 2026-12-31.',
    ]);
  });

  it('takes several initiatives from the library, owned by the demo people, with a pilot under review', () => {
    expect(roadmap.filter((item) => item.libraryId !== null).length).toBeGreaterThanOrEqual(10);
    const owners = new Set(roadmap.map((item) => client.stakeholders.find((person) => person.id === item.ownerStakeholderId)?.name));
    expect(owners).toContain('Małgorzata Wiśniewska');
    expect(owners).toContain('Zoë Lefèvre');
    expect(owners).not.toContain(undefined);
    expect(roadmap.find((item) => item.pilot.isPilot)?.pilot.reviewDate).toBe('2027-03-31');
    expect(new Set(roadmap.map((item) => item.status))).toEqual(new Set(['done', 'in-progress', 'planned', 'idea']));
    for (const item of roadmap) expect(item.engagementId).toBe(engagementId);
  });

  it('keeps every timing within 2026–2028 and is deterministic', () => {
    for (const item of roadmap) for (const timing of [item.start, item.end]) expect(timing?.kind === 'quarter' && timing.year >= 2026 && timing.year <= 2028).toBe(true);
    expect(demoRoadmap({ newId: sequentialIds(), now, stakeholders: client.stakeholders, engagementId })).toEqual(roadmap);
  });

  it('names only business functions the demo client has', () => {
    const names = new Set(client.functions.map((fn) => fn.name));
    for (const item of roadmap) for (const name of item.businessFunctions) expect(names).toContain(name);
  });
});
