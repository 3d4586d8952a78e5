import type { Client } from '../../../shared/domain/client';
import type { SliceCreator } from './cairn-state';
import { makeFunction, makeStakeholder, type StakeholderFields } from './entity-factories';
import { type StoreDeps } from './store-deps';
import { createClientEditor } from './client-editor';

/** Departments (business functions) and stakeholders of one client. */
export interface OrgStructureSlice {
  /** Tick or untick a function from the reference list. */
  toggleReferenceFunction(clientId: string, name: string): void;
  addCustomFunction(clientId: string, name: string): string | null;
  renameFunction(clientId: string, functionId: string, name: string, coalesceKey?: string): void;
  /** Remove a department; its stakeholders stay, outside any department. */
  removeFunction(clientId: string, functionId: string): void;
  addStakeholder(clientId: string, fields: StakeholderFields): string | null;
  updateStakeholder(clientId: string, stakeholderId: string, patch: Partial<StakeholderFields>): void;
  deleteStakeholder(clientId: string, stakeholderId: string): void;
}

export const createOrgStructureSlice =
  (deps: StoreDeps): SliceCreator<OrgStructureSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);

    const removeFunctionFrom = (client: Client, functionId: string, at: string) => {
      client.functions = client.functions.filter((fn) => fn.id !== functionId);
      for (const person of client.stakeholders) {
        if (person.departmentId === functionId) {
          person.departmentId = null;
          person.updatedAt = at;
        }
      }
    };

    return {
      toggleReferenceFunction(clientId, name) {
        edit(clientId, (client, at) => {
          const existing = client.functions.find((fn) => !fn.custom && fn.name === name);
          if (existing) removeFunctionFrom(client, existing.id, at);
          else client.functions.push(makeFunction(name, false, deps.newId(), at));
        });
      },
      addCustomFunction(clientId, name) {
        if (!get().docs[clientId] || name.trim() === '') return null;
        const id = deps.newId();
        edit(clientId, (client, at) => void client.functions.push(makeFunction(name, true, id, at)));
        return id;
      },
      renameFunction(clientId, functionId, name, coalesceKey) {
        const key = coalesceKey ? `${functionId}:${coalesceKey}` : null;
        edit(
          clientId,
          (client, at) => {
            const fn = client.functions.find((candidate) => candidate.id === functionId);
            if (!fn) return;
            fn.name = name;
            fn.updatedAt = at;
          },
          key,
        );
      },
      removeFunction: (clientId, functionId) => edit(clientId, (client, at) => removeFunctionFrom(client, functionId, at)),
      addStakeholder(clientId, fields) {
        if (!get().docs[clientId]) return null;
        const id = deps.newId();
        edit(clientId, (client, at) => void client.stakeholders.push(makeStakeholder(fields, id, at)));
        return id;
      },
      updateStakeholder(clientId, stakeholderId, patch) {
        edit(clientId, (client, at) => {
          const person = client.stakeholders.find((candidate) => candidate.id === stakeholderId);
          if (!person) return;
          Object.assign(person, patch);
          person.updatedAt = at;
        });
      },
      deleteStakeholder(clientId, stakeholderId) {
        edit(clientId, (client) => {
          client.stakeholders = client.stakeholders.filter((person) => person.id !== stakeholderId);
        });
      },
    };
  };
