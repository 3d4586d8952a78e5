import { z } from 'zod';
import { IdSchema, entityFields, longText, shortText } from '../domain/common';
import { ROLES } from '../domain/reference-lists';
import { COMMUNITY_MANAGER_SUPPORT, OPERATING_MODELS } from './organization-reference';

export type Role = (typeof ROLES)[number];

/** Who holds a role: a stakeholder of the client, or a name typed in (a hire, an agency). */
export const RoleHolderSchema = z.object({
  role: z.enum(ROLES),
  stakeholderId: IdSchema.nullable(),
  name: shortText(),
});
export type RoleHolder = z.infer<typeof RoleHolderSchema>;

export const SupportItemSchema = z.object({
  id: IdSchema,
  label: shortText().min(1),
  met: z.boolean(),
  note: longText(),
});
export type SupportItem = z.infer<typeof SupportItemSchema>;

/**
 * A client's social-business organization: who holds the new roles, who sits on the
 * Social Media Committee, how the work is organized and why, and whether the community
 * manager has the support the role needs.
 */
export const OrganizationSchema = z
  .object({
    ...entityFields,
    roleHolders: z.array(RoleHolderSchema).max(ROLES.length),
    committeeMemberIds: z.array(IdSchema).max(500),
    operatingModel: z.enum(OPERATING_MODELS).nullable(),
    operatingModelRationale: longText(),
    supportChecklist: z.array(SupportItemSchema).max(100),
  })
  .superRefine((organization, ctx) => {
    const roles = organization.roleHolders.map((holder) => holder.role);
    roles.forEach((role, index) => {
      if (roles.indexOf(role) !== index) ctx.addIssue({ code: 'custom', path: ['roleHolders', index, 'role'], message: `${role} is listed twice` });
    });
    if (new Set(organization.committeeMemberIds).size !== organization.committeeMemberIds.length) {
      ctx.addIssue({ code: 'custom', path: ['committeeMemberIds'], message: 'a committee member is listed twice' });
    }
  });
export type Organization = z.infer<typeof OrganizationSchema>;

/** A fresh organization: every role open, no committee, no model chosen, nothing checked yet. */
export function blankOrganization(fields: { id: string; now: string }): Organization {
  return {
    id: fields.id,
    createdAt: fields.now,
    updatedAt: fields.now,
    roleHolders: ROLES.map((role) => ({ role, stakeholderId: null, name: '' })),
    committeeMemberIds: [],
    operatingModel: null,
    operatingModelRationale: '',
    supportChecklist: COMMUNITY_MANAGER_SUPPORT.map((item) => ({ id: item.id, label: item.label, met: false, note: '' })),
  };
}

/** A role counts as filled when it names a stakeholder or has a non-blank name. */
export const isRoleFilled = (holder: RoleHolder | undefined): boolean => holder !== undefined && (holder.stakeholderId !== null || holder.name.trim() !== '');

export interface OrganizationGaps {
  /** In the order of the roles list; a role missing from the data counts as unfilled. */
  unfilledRoles: Role[];
  unmetSupport: SupportItem[];
  noCommittee: boolean;
  noOperatingModel: boolean;
}

/** What the organization still lacks, for the report and the roadmap conversation. */
export function organizationGaps(organization: Pick<Organization, 'roleHolders' | 'supportChecklist' | 'committeeMemberIds' | 'operatingModel'>): OrganizationGaps {
  return {
    unfilledRoles: ROLES.filter((role) => !isRoleFilled(organization.roleHolders.find((holder) => holder.role === role))),
    unmetSupport: organization.supportChecklist.filter((item) => !item.met),
    noCommittee: organization.committeeMemberIds.length === 0,
    noOperatingModel: organization.operatingModel === null,
  };
}
