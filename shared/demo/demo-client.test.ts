import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../domain/client';
import { BUSINESS_FUNCTIONS } from '../domain/reference-lists';
import { buildDemoClient } from './demo-client';

const sequentialIds = () => {
  let next = 0;
  return () => `demo-${(next += 1)}`;
};
const now = new Date('2026-03-02T09:30:00.000Z');

describe('buildDemoClient', () => {
  const client = buildDemoClient({ newId: sequentialIds(), now });

  it('builds a client that the shared schema accepts', () => {
    expect(ClientSchema.safeParse(client).success).toBe(true);
  });

  it('is deterministic for the same ids and clock', () => {
    expect(buildDemoClient({ newId: sequentialIds(), now })).toEqual(client);
  });

  it('uses unique ids for every entity', () => {
    const ids = [client.id, ...client.functions.map((f) => f.id), ...client.stakeholders.map((s) => s.id), ...client.engagements.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has 7 to 9 reference departments plus one custom department', () => {
    const reference = client.functions.filter((f) => !f.custom);
    expect(reference.length).toBeGreaterThanOrEqual(7);
    expect(reference.length).toBeLessThanOrEqual(9);
    expect(reference.every((f) => (BUSINESS_FUNCTIONS as readonly string[]).includes(f.name))).toBe(true);
    expect(client.functions.filter((f) => f.custom)).toHaveLength(1);
  });

  it('has a sponsor, a community leader and three champions from different departments', () => {
    expect(client.stakeholders.filter((s) => s.isSponsor)).toHaveLength(1);
    expect(client.stakeholders.filter((s) => s.isCommunityLeader)).toHaveLength(1);
    const champions = client.stakeholders.filter((s) => s.isChampion);
    expect(champions).toHaveLength(3);
    expect(new Set(champions.map((c) => c.departmentId)).size).toBe(3);
    expect(champions.every((c) => c.departmentId !== null)).toBe(true);
  });

  it('links every stakeholder department to one of the client departments', () => {
    const departmentIds = new Set(client.functions.map((f) => f.id));
    expect(client.stakeholders.every((s) => s.departmentId === null || departmentIds.has(s.departmentId))).toBe(true);
  });

  it('spreads stakeholders over groups and the influence/interest grid', () => {
    expect(client.stakeholders.length).toBeGreaterThanOrEqual(10);
    expect(new Set(client.stakeholders.map((s) => s.group)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(client.stakeholders.map((s) => `${s.influence > 3}-${s.interest > 3}`)).size).toBe(4);
  });

  it('has accented names and an active kickoff engagement', () => {
    expect(client.stakeholders.some((s) => /[ÀÅØäöüßéèëñłśćźż]/i.test(s.name))).toBe(true);
    expect(client.engagements).toEqual([expect.objectContaining({ title: 'Social business kickoff 2026', status: 'active' })]);
  });
});
