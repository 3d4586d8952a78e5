import type { Client } from '../../../../../shared/domain/client';
import { cellsOf } from '../../../../../shared/roadmap/board';
import { timingLabel, type Timing } from '../../../../../shared/roadmap/calendar';
import { schedulingConflicts } from '../../../../../shared/roadmap/dependencies';
import type { Initiative } from '../../../../../shared/roadmap/initiative-schema';
import type { InitiativeStatus, PhaseId, TrackId } from '../../../../../shared/roadmap/roadmap-reference';

/** What one card shows, and nothing else: a move that only renumbers `order` leaves it equal. */
export interface CardView {
  id: string;
  title: string;
  status: InitiativeStatus;
  pilot: boolean;
  reviewDate: string | null;
  /** "Q3 2026 – Q1 2027", one label when start and end agree, null when unscheduled. */
  when: string | null;
  owner: string | null;
  impact: number;
  effort: number;
  dependencyCount: number;
  /** Scheduling conflict messages (empty when none). */
  conflicts: readonly string[];
}

export interface CellView {
  key: string;
  phase: PhaseId;
  track: TrackId;
  cards: readonly CardView[];
}

export interface BoardModel {
  cells: readonly CellView[];
  /** The cell key (`phase:track`) each card sits in. */
  cellOf: ReadonlyMap<string, string>;
}

const NONE: readonly string[] = [];

const spanLabel = (start: Timing, end: Timing): string | null => {
  if (start === null && end === null) return null;
  const from = timingLabel(start ?? end);
  const to = timingLabel(end ?? start);
  return from === to ? from : `${from} – ${to}`;
};

const sameStrings = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((value, index) => value === b[index]));

const sameView = (a: CardView, b: CardView) =>
  a.id === b.id &&
  a.title === b.title &&
  a.status === b.status &&
  a.pilot === b.pilot &&
  a.reviewDate === b.reviewDate &&
  a.when === b.when &&
  a.owner === b.owner &&
  a.impact === b.impact &&
  a.effort === b.effort &&
  a.dependencyCount === b.dependencyCount &&
  sameStrings(a.conflicts, b.conflicts);

/** Scheduling is unchanged when no card's title, timing or dependencies changed (a move keeps them all). */
const sameSchedule = (a: readonly Initiative[], b: readonly Initiative[]) =>
  a.length === b.length &&
  a.every((item, index) => {
    const other = b[index]!;
    return item === other || (item.id === other.id && item.title === other.title && item.start === other.start && item.end === other.end && item.dependsOn === other.dependsOn);
  });

/**
 * The board's selector, one per mounted board: the eight cells with their cards, computed
 * from the client's initiatives and stakeholders. Results are structurally shared with the
 * previous call: a card whose view did not change keeps its object, and a cell whose cards
 * did not change keeps its array, so memoized cells and cards skip rendering. A keyboard move
 * therefore hands new values to the two cells it touches and nothing else.
 */
export function createBoardSelector() {
  let previousViews = new Map<string, CardView>();
  let previousSources = new Map<string, Initiative>();
  let previousCells = new Map<string, readonly CardView[]>();
  let previousInitiatives: readonly Initiative[] | null = null;
  let previousStakeholders: Client['stakeholders'] | null = null;
  let conflicts = new Map<string, string[]>();
  let last: BoardModel | null = null;

  return function selectBoard(initiatives: readonly Initiative[], stakeholders: Client['stakeholders']): BoardModel {
    if (last && initiatives === previousInitiatives && stakeholders === previousStakeholders) return last;
    if (!previousInitiatives || !sameSchedule(initiatives, previousInitiatives)) {
      conflicts = new Map();
      for (const conflict of schedulingConflicts(initiatives)) conflicts.set(conflict.initiativeId, [...(conflicts.get(conflict.initiativeId) ?? []), conflict.message]);
    }
    const stakeholdersChanged = stakeholders !== previousStakeholders;
    const names = new Map(stakeholders.map((person) => [person.id, person.name]));
    const views = new Map<string, CardView>();
    const sources = new Map<string, Initiative>();
    for (const initiative of initiatives) {
      const before = previousViews.get(initiative.id);
      const cardConflicts = conflicts.get(initiative.id) ?? NONE;
      sources.set(initiative.id, initiative);
      if (before && !stakeholdersChanged && previousSources.get(initiative.id) === initiative && sameStrings(before.conflicts, cardConflicts)) {
        views.set(initiative.id, before);
        continue;
      }
      const view: CardView = {
        id: initiative.id,
        title: initiative.title,
        status: initiative.status,
        pilot: initiative.pilot.isPilot,
        reviewDate: initiative.pilot.reviewDate ?? null,
        when: spanLabel(initiative.start, initiative.end),
        owner: (initiative.ownerStakeholderId ? names.get(initiative.ownerStakeholderId) : undefined) ?? initiative.ownerRole ?? null,
        impact: initiative.impact,
        effort: initiative.effort,
        dependencyCount: initiative.dependsOn.length,
        conflicts: cardConflicts,
      };
      views.set(initiative.id, before && sameView(before, view) ? before : view);
    }

    const cellOf = new Map<string, string>();
    const cells = cellsOf(initiatives).map((cell): CellView => {
      const key = `${cell.phase}:${cell.track}`;
      const fresh = cell.items.map((item) => {
        cellOf.set(item.id, key);
        return views.get(item.id)!;
      });
      const before = previousCells.get(key);
      const same = before !== undefined && before.length === fresh.length && fresh.every((card, index) => card === before[index]);
      return { key, phase: cell.phase, track: cell.track, cards: same ? before : fresh };
    });

    previousViews = views;
    previousSources = sources;
    previousCells = new Map(cells.map((cell) => [cell.key, cell.cards]));
    previousInitiatives = initiatives;
    previousStakeholders = stakeholders;
    last = { cells, cellOf };
    return last;
  };
}
