import type { BusinessFunction, Client, Stakeholder } from '../../../shared/domain/client';
import { noMaturityRecords } from '../../../shared/domain/client';
import type { OrganizationSize } from '../../../shared/domain/reference-lists';

export interface NewClientInput {
  name: string;
  industry: string;
  size: OrganizationSize;
  region: string;
}

export type StakeholderFields = Omit<Stakeholder, 'id' | 'createdAt' | 'updatedAt'>;

export const BLANK_STAKEHOLDER: StakeholderFields = {
  name: '',
  title: '',
  departmentId: null,
  group: 'employees',
  influence: 3,
  interest: 3,
  isSponsor: false,
  isChampion: false,
  isCommunityLeader: false,
  contactNotes: '',
};

export function makeClient(input: NewClientInput, id: string, at: string): Client {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    name: input.name.trim(),
    industry: input.industry.trim(),
    size: input.size,
    region: input.region.trim(),
    notes: '',
    functions: [],
    stakeholders: [],
    engagements: [],
    ...noMaturityRecords(),
    archivedAt: null,
    deletedAt: null,
  };
}

export function makeFunction(name: string, custom: boolean, id: string, at: string): BusinessFunction {
  return { id, createdAt: at, updatedAt: at, name: name.trim(), custom };
}

export function makeStakeholder(fields: StakeholderFields, id: string, at: string): Stakeholder {
  return { ...fields, name: fields.name.trim(), id, createdAt: at, updatedAt: at };
}
