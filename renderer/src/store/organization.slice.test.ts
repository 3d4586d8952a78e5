import { describe, expect, it } from 'vitest';
import { OrganizationSchema, organizationGaps } from '../../../shared/organization';
import { createCairnStore } from './cairn-store';
import { aClient, aStakeholder } from '../test/factories';

function setup() {
  let n = 0;
  const store = createCairnStore({ now: () => new Date('2026-11-22T10:00:00.000Z'), newId: () => `o${++n}` });
  store.getState().addClient(aClient({ id: 'c', stakeholders: [aStakeholder({ id: 'lena', name: 'Lena Vogt' }), aStakeholder({ id: 'anton', name: 'Anton Weber' })] }));
  const state = () => store.getState();
  const organization = () => state().docs['c']!.organization;
  return { store, state, organization };
}

describe('organization slice', () => {
  it('creates the organization on the first edit and undoes back to none', () => {
    const { store, state, organization } = setup();
    expect(organization()).toBeNull();
    state().setRoleHolder('c', 'Community Manager', { stakeholderId: 'lena', name: '' });
    expect(OrganizationSchema.safeParse(organization()).error).toBeUndefined();
    expect(organization()!.roleHolders.find((holder) => holder.role === 'Community Manager')).toEqual({ role: 'Community Manager', stakeholderId: 'lena', name: '' });
    store.undo();
    expect(organization()).toBeNull();
  });

  it('keeps a typed role holder, a committee without duplicates or strangers, a model and the support checklist', () => {
    const { state, organization } = setup();
    state().setRoleHolder('c', 'Data Analyst', { stakeholderId: null, name: 'Agency: Brightline' }, 'name');
    state().addCommitteeMember('c', 'lena');
    state().addCommitteeMember('c', 'lena');
    state().addCommitteeMember('c', 'nobody');
    state().addCommitteeMember('c', 'anton');
    state().removeCommitteeMember('c', 'lena');
    state().setOperatingModel('c', 'hybrid');
    state().setOperatingModelRationale('c', 'Brands keep their voice');
    state().setSupportItem('c', 'executive-access', { met: true, note: 'Monthly with the CEO' });
    const org = organization()!;
    expect(org.committeeMemberIds).toEqual(['anton']);
    expect(org).toMatchObject({ operatingModel: 'hybrid', operatingModelRationale: 'Brands keep their voice' });
    expect(org.supportChecklist.find((item) => item.id === 'executive-access')).toMatchObject({ met: true, note: 'Monthly with the CEO' });
    const gaps = organizationGaps(org);
    expect(gaps.unfilledRoles).toEqual(['Chief Digital Officer', 'Social Media Strategist', 'Content Strategist', 'Community Manager']);
    expect(gaps.unmetSupport).toHaveLength(5);
    expect(OrganizationSchema.safeParse(org).error).toBeUndefined();
  });
});
