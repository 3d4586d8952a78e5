import type { Initiative } from './initiative-schema';
import type { InitiativeLibraryItem } from './initiative-library-schema';
import { PHASE_ACTIVITIES } from './library-phase-activities';
import { STAGE_ONE_MOVES } from './library-stage-one-moves';

export { PHASE_ACTIVITIES } from './library-phase-activities';
export { STAGE_ONE_MOVES } from './library-stage-one-moves';

/**
 * The built-in initiative library: the six stage-one moves first (they come before
 * anything else on a young roadmap), then the four phases' activities in phase order.
 * Library order is the last tie-breaker when suggestions rank equally.
 */
export const INITIATIVE_LIBRARY: readonly InitiativeLibraryItem[] = [...STAGE_ONE_MOVES, ...PHASE_ACTIVITIES];

export const libraryItem = (id: string): InitiativeLibraryItem | undefined => INITIATIVE_LIBRARY.find((item) => item.id === id);

/** Library items whose work is itself a test-and-learn pilot start out flagged as one. */
const PILOT_ITEMS = new Set(['p2-test-and-learn-pilots']);

/**
 * A new initiative made from a library item, placed in the item's phase and track. The
 * caller passes the id, timestamp and position (see `nextOrder`) because shared code has
 * no clock and no id generator. Impact and effort start in the middle for the room to set.
 */
export function initiativeFromLibrary(item: InitiativeLibraryItem, fields: { id: string; now: string; order: number; engagementId?: string | null }): Initiative {
  return {
    id: fields.id,
    createdAt: fields.now,
    updatedAt: fields.now,
    title: item.title,
    description: item.description,
    phase: item.phase,
    track: item.track,
    order: fields.order,
    ownerStakeholderId: null,
    ownerRole: item.ownerRole,
    businessFunctions: [],
    stakeholderGroups: [],
    competencyIds: [...item.competencyIds],
    objective: item.objective,
    impact: 3,
    effort: 3,
    status: 'idea',
    start: null,
    end: null,
    dependsOn: [],
    kpiIds: [],
    notes: '',
    pilot: { isPilot: PILOT_ITEMS.has(item.id), reviewDate: null },
    libraryId: item.id,
    engagementId: fields.engagementId ?? null,
  };
}
