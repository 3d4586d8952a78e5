import type { Client, Stakeholder } from '../../../../shared/domain/client';
import { STAKEHOLDER_GROUP_LABELS } from '../../../../shared/domain/reference-lists';
import { departmentNameOf, stakeholderFlags } from '../../../../shared/stakeholders/stakeholder-selectors';

/** A stakeholder with the display values the table sorts and shows. */
export interface StakeholderRow {
  id: string;
  name: string;
  title: string;
  department: string;
  group: string;
  influence: number;
  interest: number;
  flags: string[];
  /** Sorts flagged people first: sponsor 4, champion 2, community leader 1. */
  flagWeight: number;
  person: Stakeholder;
}

export function toStakeholderRows(client: Pick<Client, 'stakeholders' | 'functions'>): StakeholderRow[] {
  return client.stakeholders.map((person) => ({
    id: person.id,
    name: person.name,
    title: person.title,
    department: departmentNameOf(person, client.functions),
    group: STAKEHOLDER_GROUP_LABELS[person.group],
    influence: person.influence,
    interest: person.interest,
    flags: stakeholderFlags(person),
    flagWeight: (person.isSponsor ? 4 : 0) + (person.isChampion ? 2 : 0) + (person.isCommunityLeader ? 1 : 0),
    person,
  }));
}

/** One sentence describing a stakeholder, for screen readers and tooltips. */
export function describeStakeholder(row: Pick<StakeholderRow, 'name' | 'title' | 'department' | 'influence' | 'interest' | 'flags'>): string {
  const role = [row.title, row.department].filter(Boolean).join(', ');
  const flags = row.flags.length > 0 ? `; ${row.flags.join(', ')}` : '';
  return `${row.name}${role ? ` (${role})` : ''}: influence ${row.influence} of 5, interest ${row.interest} of 5${flags}`;
}
