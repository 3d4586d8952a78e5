import { describe, expect, it } from 'vitest';
import type { Client } from '../domain/client';
import { buildDemoClient } from '../demo/demo-client';
import { clampFutureTimestamps } from './future-timestamps';
import { applyMerge, planMerge } from './import-merge';

let counter = 0;
const mine = buildDemoClient({ newId: () => `f-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });
const NOW = '2026-05-01T12:00:00.000Z';
const FAR = '2099-01-01T00:00:00.000Z';
const copy = (client: Client): Client => structuredClone(client);

describe('change times from the future in a merge', () => {
  it('counts a file copy dated years ahead as changed now: it still beats an older local edit, but not a later one', () => {
    const theirs = copy(mine);
    theirs.stakeholders[0]!.title = 'From the future';
    theirs.stakeholders[0]!.updatedAt = FAR;
    const ours = copy(mine);
    ours.stakeholders[1]!.updatedAt = '2026-05-01T18:00:00.000Z';
    theirs.stakeholders[1]!.title = 'Also ahead';
    theirs.stakeholders[1]!.updatedAt = FAR;

    const plan = planMerge(ours, theirs, { now: NOW });
    const [first, second] = plan.items;
    expect(first).toMatchObject({ id: ours.stakeholders[0]!.id, state: 'updated', reason: expect.stringContaining('more than a day ahead of this computer’s clock; it counts as now') });
    // The local copy changed (by this clock) after "now": it is kept, whatever the file claims.
    expect(second).toMatchObject({ id: ours.stakeholders[1]!.id, state: 'skipped' });

    const merged = applyMerge(ours, theirs, {}, NOW);
    expect(merged.stakeholders[0]).toMatchObject({ title: 'From the future', updatedAt: NOW });
    expect(merged.stakeholders[1]!.title).toBe(ours.stakeholders[1]!.title);
    expect(JSON.stringify(merged)).not.toContain('2099');
  });

  it('leaves change times within a day ahead alone (clocks drift a little)', () => {
    const theirs = copy(mine);
    theirs.kpis[0]!.updatedAt = '2026-05-02T11:00:00.000Z';
    expect(clampFutureTimestamps(theirs, NOW)).toEqual({ client: theirs, clamped: new Set() });
  });

  it('clamps the client itself, list entities and the organization, naming each by merge key', () => {
    const theirs = { ...copy(mine), updatedAt: FAR };
    theirs.workshops[0] = { ...theirs.workshops[0]!, updatedAt: FAR };
    const { client, clamped } = clampFutureTimestamps(theirs, NOW);
    expect([...clamped].sort()).toEqual([`client:${mine.id}`, `workshops:${mine.workshops[0]!.id}`].sort());
    expect(client.updatedAt).toBe(NOW);
    expect(client.workshops[0]!.updatedAt).toBe(NOW);
    expect(theirs.updatedAt).toBe(FAR);
  });
});
