import { current } from 'immer';
import type { Initiative } from '../../../shared/roadmap/initiative-schema';
import type { InitiativeLibraryItem } from '../../../shared/roadmap/initiative-library-schema';
import { makeInitiative } from '../../../shared/roadmap/initiative-factory';
import { initiativeFromLibrary } from '../../../shared/roadmap/initiative-library';
import { moveInitiative as moveOnBoard, moveDown, moveLeft, moveRight, moveUp, nextOrder } from '../../../shared/roadmap/board';
import { canAddDependency } from '../../../shared/roadmap/dependencies';
import type { BoardPlace } from '../../../shared/roadmap/board';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import type { StoreDeps } from './store-deps';

export type InitiativeFields = Omit<Initiative, 'id' | 'createdAt' | 'updatedAt'>;
export type KeyboardMove = 'left' | 'right' | 'up' | 'down';

/** The roadmap of one client: initiatives on the four phases × internal/external board. */
export interface RoadmapSlice {
  /** A custom initiative at the end of its cell; returns its id. */
  addInitiative(clientId: string, fields: Partial<InitiativeFields> & Pick<InitiativeFields, 'title' | 'phase' | 'track'>): string | null;
  /** Library items (or accepted gap suggestions) into their phase and track, as one undo step. */
  addFromLibrary(clientId: string, items: readonly InitiativeLibraryItem[], engagementId?: string | null): string[];
  updateInitiative(clientId: string, id: string, patch: Partial<InitiativeFields>, coalesceKey?: string): void;
  /** Bulk edit from the table: the same patch on every selected initiative. */
  updateInitiatives(clientId: string, ids: readonly string[], patch: Partial<InitiativeFields>): void;
  /** Deletes and removes the deleted ids from every dependency list. */
  deleteInitiatives(clientId: string, ids: readonly string[]): void;
  moveInitiative(clientId: string, id: string, to: BoardPlace): void;
  moveInitiativeBy(clientId: string, id: string, direction: KeyboardMove): void;
  /** `from` depends on `to`. Returns null when added, or the message naming the loop it would make. */
  addDependency(clientId: string, from: string, to: string): string | null;
  removeDependency(clientId: string, from: string, to: string): void;
}

const KEYBOARD_MOVES = { left: moveLeft, right: moveRight, up: moveUp, down: moveDown } as const;

export const createRoadmapSlice =
  (deps: StoreDeps): SliceCreator<RoadmapSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);
    /** Replace the list with a board operation's result, stamping only the cards that changed. */
    const rearrange = (clientId: string, operate: (list: Initiative[]) => Initiative[]) =>
      edit(clientId, (client, at) => {
        const before = current(client.initiatives);
        const after = operate(before);
        if (after === before) return;
        client.initiatives = after.map((item, index) => (item === before[index] ? item : { ...item, updatedAt: at }));
      });

    return {
      addInitiative(clientId, fields) {
        const client = get().docs[clientId];
        if (!client) return null;
        const id = deps.newId();
        edit(clientId, (draft, at) => {
          const order = nextOrder(draft.initiatives, fields.phase, fields.track);
          draft.initiatives.push(makeInitiative({ ...fields, id, order, createdAt: at, updatedAt: at }));
        });
        return id;
      },
      addFromLibrary(clientId, items, engagementId = null) {
        if (!get().docs[clientId] || items.length === 0) return [];
        const ids = items.map(() => deps.newId());
        edit(clientId, (draft, at) => {
          items.forEach((item, index) => {
            const order = nextOrder(draft.initiatives, item.phase, item.track);
            draft.initiatives.push(initiativeFromLibrary(item, { id: ids[index]!, now: at, order, engagementId }));
          });
        });
        return ids;
      },
      updateInitiative(clientId, id, patch, coalesceKey) {
        edit(
          clientId,
          (client, at) => {
            const initiative = client.initiatives.find((candidate) => candidate.id === id);
            if (!initiative) return;
            Object.assign(initiative, patch);
            initiative.updatedAt = at;
          },
          coalesceKey ? `${id}:${coalesceKey}` : null,
        );
      },
      updateInitiatives(clientId, ids, patch) {
        const selected = new Set(ids);
        edit(clientId, (client, at) => {
          for (const initiative of client.initiatives) {
            if (!selected.has(initiative.id)) continue;
            Object.assign(initiative, patch);
            initiative.updatedAt = at;
          }
        });
      },
      deleteInitiatives(clientId, ids) {
        const gone = new Set(ids);
        edit(clientId, (client, at) => {
          client.initiatives = client.initiatives.filter((initiative) => !gone.has(initiative.id));
          for (const initiative of client.initiatives) {
            if (initiative.dependsOn.some((id) => gone.has(id))) {
              initiative.dependsOn = initiative.dependsOn.filter((id) => !gone.has(id));
              initiative.updatedAt = at;
            }
          }
        });
      },
      moveInitiative(clientId, id, to) {
        rearrange(clientId, (list) => moveOnBoard(list, id, to));
      },
      moveInitiativeBy(clientId, id, direction) {
        rearrange(clientId, (list) => KEYBOARD_MOVES[direction](list, id));
      },
      addDependency(clientId, from, to) {
        const client = get().docs[clientId];
        if (!client) return 'The client no longer exists.';
        const check = canAddDependency(client.initiatives, from, to);
        if (!check.ok) return check.message;
        edit(clientId, (draft, at) => {
          const initiative = draft.initiatives.find((candidate) => candidate.id === from);
          if (!initiative || initiative.dependsOn.includes(to)) return;
          initiative.dependsOn.push(to);
          initiative.updatedAt = at;
        });
        return null;
      },
      removeDependency(clientId, from, to) {
        edit(clientId, (client, at) => {
          const initiative = client.initiatives.find((candidate) => candidate.id === from);
          if (!initiative) return;
          initiative.dependsOn = initiative.dependsOn.filter((id) => id !== to);
          initiative.updatedAt = at;
        });
      },
    };
  };
