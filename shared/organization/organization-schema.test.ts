import { describe, expect, it } from 'vitest';
import { ROLES } from '../domain/reference-lists';
import { COMMUNITY_MANAGER_SUPPORT, OPERATING_MODELS, OPERATING_MODEL_INFO } from './organization-reference';
import { OrganizationSchema, blankOrganization, organizationGaps, type Organization, type RoleHolder } from './organization-schema';

const blank = blankOrganization({ id: 'org-1', now: '2026-03-01T10:00:00.000Z' });
const holder = (role: RoleHolder['role'], stakeholderId: string | null, name = ''): RoleHolder => ({ role, stakeholderId, name });

describe('blankOrganization', () => {
  it('is valid, lists every role once and the full support checklist unmet', () => {
    expect(OrganizationSchema.safeParse(blank).error).toBeUndefined();
    expect(blank.roleHolders.map((entry) => entry.role)).toEqual([...ROLES]);
    expect(blank.supportChecklist.map((item) => item.id)).toEqual(COMMUNITY_MANAGER_SUPPORT.map((item) => item.id));
    expect(blank.supportChecklist.every((item) => !item.met)).toBe(true);
  });
});

describe('reference data', () => {
  it('describes every operating model', () => {
    for (const model of OPERATING_MODELS) expect(OPERATING_MODEL_INFO[model].description.length).toBeGreaterThan(40);
  });

  it('covers mandate, time, executive access, tools and budget, feedback loops and training', () => {
    expect(COMMUNITY_MANAGER_SUPPORT.map((item) => item.id)).toEqual(['cross-department-mandate', 'dedicated-time', 'executive-access', 'tools-and-budget', 'feedback-loops', 'training']);
  });
});

describe('OrganizationSchema', () => {
  it.each<[string, Partial<Organization>]>([
    ['a role listed twice', { roleHolders: [holder('Data Analyst', null), holder('Data Analyst', 's1')] }],
    ['a committee member listed twice', { committeeMemberIds: ['s1', 's1'] }],
    ['an unknown operating model', { operatingModel: 'anarchy' as never }],
    ['an unknown role', { roleHolders: [holder('Chief Fun Officer' as never, null)] }],
  ])('refuses %s', (_label, fields) => {
    expect(OrganizationSchema.safeParse({ ...blank, ...fields }).success).toBe(false);
  });
});

describe('organizationGaps', () => {
  it.each<[string, Partial<Organization>, string[], string[], boolean, boolean]>([
    ['a blank organization lacks everything', {}, [...ROLES], COMMUNITY_MANAGER_SUPPORT.map((item) => item.id), true, true],
    [
      'a stakeholder or a typed name fills a role; blanks do not',
      {
        roleHolders: [holder('Chief Digital Officer', 's1'), holder('Social Media Strategist', null, 'Agency: Brightline'), holder('Content Strategist', null, '   '), holder('Community Manager', null)],
      },
      ['Content Strategist', 'Community Manager', 'Data Analyst'],
      COMMUNITY_MANAGER_SUPPORT.map((item) => item.id),
      true,
      true,
    ],
    [
      'met support items, a committee and a model',
      {
        roleHolders: ROLES.map((role, index) => holder(role, `s${index}`)),
        committeeMemberIds: ['s1', 's7'],
        operatingModel: 'hybrid',
        supportChecklist: blank.supportChecklist.map((item) => ({ ...item, met: item.id !== 'training' })),
      },
      [],
      ['training'],
      false,
      false,
    ],
  ])('%s', (_label, fields, roles, support, noCommittee, noModel) => {
    const gaps = organizationGaps({ ...blank, ...fields });
    expect(gaps.unfilledRoles).toEqual(roles);
    expect(gaps.unmetSupport.map((item) => item.id)).toEqual(support);
    expect([gaps.noCommittee, gaps.noOperatingModel]).toEqual([noCommittee, noModel]);
  });
});
