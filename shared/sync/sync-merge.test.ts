import { describe, expect, it } from 'vitest';
import { buildDemoClient } from '../demo/demo-client';
import type { Client } from '../domain/client';
import { applySyncMerge, planSyncMerge } from './sync-merge';

let counter = 0;
const base: Client = buildDemoClient({ newId: () => `id-${(counter += 1)}`, now: new Date('2026-03-01T09:00:00Z') });
const NOW = '2026-03-05T12:00:00.000Z';

function renamed(client: Client, index: number, name: string, at: string): Client {
  return { ...client, updatedAt: at, stakeholders: client.stakeholders.map((person, i) => (i === index ? { ...person, name, updatedAt: at } : person)) };
}
const firstId = base.stakeholders[0]!.id;

describe('planSyncMerge and applySyncMerge', () => {
  it('takes a change made on one side only, whichever side', () => {
    const mine = renamed(base, 0, 'Mine', '2026-03-02T10:00:00.000Z');
    const theirs = renamed(base, 1, 'Theirs', '2026-03-02T09:00:00.000Z');
    expect(planSyncMerge(base, mine, theirs).conflicts).toEqual([]);
    const merged = applySyncMerge(base, mine, theirs, {}, NOW);
    expect(merged.stakeholders.map((person) => person.name).slice(0, 2)).toEqual(['Mine', 'Theirs']);
    expect(merged.updatedAt).toBe(NOW);
  });

  it('makes the same item changed on both sides a conflict, mine unless theirs is chosen', () => {
    const mine = renamed(base, 0, 'Mine', '2026-03-02T10:00:00.000Z');
    const theirs = renamed(base, 0, 'Theirs', '2026-03-02T11:00:00.000Z');
    const { conflicts } = planSyncMerge(base, mine, theirs);
    expect(conflicts.map((item) => item.key)).toEqual([`stakeholders:${firstId}`]);
    expect(applySyncMerge(base, mine, theirs, {}, NOW).stakeholders[0]!.name).toBe('Mine');
    expect(applySyncMerge(base, mine, theirs, { [`stakeholders:${firstId}`]: 'theirs' }, NOW).stakeholders[0]!.name).toBe('Theirs');
  });

  it('follows a removal made on one side, and asks when the other side changed the removed item', () => {
    const theirs = { ...base, stakeholders: base.stakeholders.slice(1) };
    expect(applySyncMerge(base, base, theirs, {}, NOW)).toEqual(theirs);
    const mine = renamed(base, 0, 'Still needed', '2026-03-02T10:00:00.000Z');
    expect(planSyncMerge(base, mine, theirs).conflicts[0]?.reason).toMatch(/changed here and removed on the server/);
    expect(applySyncMerge(base, mine, theirs, {}, NOW).stakeholders[0]!.name).toBe('Still needed');
  });

  it('returns the server’s copy itself when only the server changed, so both sides end up identical', () => {
    const theirs = renamed(base, 2, 'Theirs', '2026-03-02T11:00:00.000Z');
    expect(applySyncMerge(base, base, theirs, {}, NOW)).toBe(theirs);
  });

  it('without a common base, the newer change wins and a tie that differs is a conflict', () => {
    const older = renamed(base, 0, 'Older', '2026-03-02T09:00:00.000Z');
    const newer = renamed(base, 0, 'Newer', '2026-03-02T10:00:00.000Z');
    expect(applySyncMerge(null, older, newer, {}, NOW).stakeholders[0]!.name).toBe('Newer');
    expect(applySyncMerge(null, newer, older, {}, NOW).stakeholders[0]!.name).toBe('Newer');
    const tie = renamed(base, 0, 'Tie', '2026-03-02T10:00:00.000Z');
    expect(planSyncMerge(null, newer, tie).conflicts).toHaveLength(1);
  });

  it('keeps the custom frameworks of both sides', () => {
    const framework = { ...base.frameworks[0]!, id: 'custom-x', version: '1' } as Client['frameworks'][number];
    const theirs = { ...base, frameworks: [...base.frameworks, framework] };
    expect(applySyncMerge(base, base, theirs, {}, NOW).frameworks.map((f) => f.id)).toContain('custom-x');
  });
});
