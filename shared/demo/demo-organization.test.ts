import { describe, expect, it } from 'vitest';
import { OrganizationSchema, organizationGaps } from '../organization';
import { buildDemoClient } from './demo-client';
import { demoOrganization } from './demo-organization';

function inputs() {
  let n = 0;
  const newId = () => `demo-${++n}`;
  const now = new Date('2026-11-22T10:00:00.000Z');
  const { stakeholders } = buildDemoClient({ newId, now });
  return { newId, now, stakeholders };
}

describe('demoOrganization', () => {
  it('is valid, held mostly by demo stakeholders, hybrid, with part of the support in place', () => {
    const { stakeholders, ...rest } = inputs();
    const organization = demoOrganization({ ...rest, stakeholders });
    expect(OrganizationSchema.safeParse(organization).error).toBeUndefined();
    const name = (id: string | null) => stakeholders.find((person) => person.id === id)?.name;
    expect(name(organization.roleHolders.find((holder) => holder.role === 'Community Manager')!.stakeholderId)).toBe('Małgorzata Wiśniewska');
    expect(organization.committeeMemberIds).toHaveLength(7);
    expect(organization.operatingModel).toBe('hybrid');
    const gaps = organizationGaps(organization);
    expect(gaps.unfilledRoles).toEqual(['Content Strategist']);
    expect(gaps.unmetSupport.map((item) => item.id)).toEqual(['tools-and-budget', 'feedback-loops', 'training']);
  });
});
