import type { Client } from '../../../shared/domain/client';
import { COMMUNITY_MANAGER_SUPPORT, blankOrganization, type OperatingModel, type Organization, type Role, type SupportItem } from '../../../shared/organization';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import type { StoreDeps } from './store-deps';

export type RoleHolderFields = { stakeholderId: string | null; name: string };
export type SupportItemFields = Pick<SupportItem, 'met' | 'note'>;

/** Roles, committee, operating model and community-manager support. The first edit creates the organization. */
export interface OrganizationSlice {
  setRoleHolder(clientId: string, role: Role, holder: RoleHolderFields, coalesceKey?: string): void;
  addCommitteeMember(clientId: string, stakeholderId: string): void;
  removeCommitteeMember(clientId: string, stakeholderId: string): void;
  setOperatingModel(clientId: string, model: OperatingModel | null): void;
  setOperatingModelRationale(clientId: string, rationale: string): void;
  setSupportItem(clientId: string, itemId: string, patch: Partial<SupportItemFields>, coalesceKey?: string): void;
}

export const createOrganizationSlice =
  (deps: StoreDeps): SliceCreator<OrganizationSlice> =>
  (set) => {
    const edit = createClientEditor(deps, set);
    const editOrganization = (clientId: string, change: (organization: Organization, client: Client) => void, coalesceKey: string | null = null) =>
      edit(
        clientId,
        (client, at) => {
          client.organization ??= blankOrganization({ id: deps.newId(), now: at });
          change(client.organization, client);
          client.organization.updatedAt = at;
        },
        coalesceKey === null ? null : `organization:${coalesceKey}`,
      );

    return {
      setRoleHolder(clientId, role, holder, coalesceKey) {
        editOrganization(
          clientId,
          (organization) => {
            const existing = organization.roleHolders.find((candidate) => candidate.role === role);
            if (existing) Object.assign(existing, holder);
            else organization.roleHolders.push({ role, ...holder });
          },
          coalesceKey ? `role:${role}:${coalesceKey}` : null,
        );
      },
      addCommitteeMember(clientId, stakeholderId) {
        editOrganization(clientId, (organization, client) => {
          if (organization.committeeMemberIds.includes(stakeholderId) || !client.stakeholders.some((person) => person.id === stakeholderId)) return;
          organization.committeeMemberIds.push(stakeholderId);
        });
      },
      removeCommitteeMember(clientId, stakeholderId) {
        editOrganization(clientId, (organization) => void (organization.committeeMemberIds = organization.committeeMemberIds.filter((id) => id !== stakeholderId)));
      },
      setOperatingModel(clientId, model) {
        editOrganization(clientId, (organization) => void (organization.operatingModel = model));
      },
      setOperatingModelRationale(clientId, rationale) {
        editOrganization(clientId, (organization) => void (organization.operatingModelRationale = rationale), 'rationale');
      },
      setSupportItem(clientId, itemId, patch, coalesceKey) {
        editOrganization(
          clientId,
          (organization) => {
            let item = organization.supportChecklist.find((candidate) => candidate.id === itemId);
            if (!item) {
              // An older document may lack an item added to the checklist since.
              const definition = COMMUNITY_MANAGER_SUPPORT.find((candidate) => candidate.id === itemId);
              if (!definition) return;
              item = { id: definition.id, label: definition.label, met: false, note: '' };
              organization.supportChecklist.push(item);
            }
            Object.assign(item, patch);
          },
          coalesceKey ? `support:${itemId}:${coalesceKey}` : null,
        );
      },
    };
  };
