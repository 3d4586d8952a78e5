import type { Stakeholder } from '../domain/client';
import { blankOrganization, type Organization, type Role } from '../organization';

export interface DemoOrganizationInputs {
  newId: () => string;
  now: Date;
  stakeholders: readonly Stakeholder[];
}

/** Roles by the job title of the demo stakeholder who holds them, or a typed name. */
const HOLDERS: Partial<Record<Role, { title: string } | { name: string }>> = {
  'Chief Digital Officer': { title: 'Head of Digital Marketing' },
  'Social Media Strategist': { name: 'Agency: Gipfelwerk Digital (until the in-house hire)' },
  'Community Manager': { title: 'Community Manager' },
  'Data Analyst': { title: 'E-commerce Manager' },
};

const COMMITTEE_TITLES = [
  'Head of Digital Marketing',
  'Customer Service Team Lead',
  'Community Manager',
  'Product Manager, Tents & Shelters',
  'Head of People & Culture',
  'Press Officer',
  'Store Manager, Munich flagship',
];

const SUPPORT: Record<string, { met: boolean; note: string }> = {
  'cross-department-mandate': { met: true, note: 'The CEO announced the role to all department heads; Customer Service and Product work with it weekly.' },
  'dedicated-time': { met: true, note: 'Full time since spring; a second person shares the forum from the stores.' },
  'executive-access': { met: true, note: 'Monthly slot with the CEO before the steering meeting.' },
  'tools-and-budget': { met: false, note: 'Listening tool approved, but the budget only runs to the end of the year.' },
  'feedback-loops': { met: false, note: 'Product gets a monthly report; nothing comes back yet.' },
  'training': { met: false, note: '' },
};

/**
 * The demo client's organization: most roles held (the Content Strategist is still open),
 * a committee across departments, the hybrid model with its reason, and a community
 * manager who has the mandate and time but not yet the tools, loops or training.
 */
export function demoOrganization({ newId, now, stakeholders }: DemoOrganizationInputs): Organization {
  const byTitle = (title: string) => stakeholders.find((person) => person.title === title)?.id ?? null;
  const organization = blankOrganization({ id: newId(), now: now.toISOString() });
  return {
    ...organization,
    roleHolders: organization.roleHolders.map((holder) => {
      const held = HOLDERS[holder.role];
      if (!held) return holder;
      return 'title' in held ? { ...holder, stakeholderId: byTitle(held.title) } : { ...holder, name: held.name };
    }),
    committeeMemberIds: COMMITTEE_TITLES.map(byTitle).filter((id): id is string => id !== null),
    operatingModel: 'hybrid',
    operatingModelRationale:
      'Nordlicht’s stores and product lines each have their own customers, so day-to-day engagement stays with the teams who know them. Listening, governance and crisis response stay with the community manager and the committee, so the brand speaks with one voice when it matters.',
    supportChecklist: organization.supportChecklist.map((item) => ({ ...item, ...(SUPPORT[item.id] ?? {}) })),
  };
}
