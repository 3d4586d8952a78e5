import type { Client } from '../../../../../shared/domain/client';
import { timingFirstDay, timingLabel } from '../../../../../shared/roadmap/calendar';
import {
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  OBJECTIVES,
  TRACK_LABELS,
  phaseOf,
  type InitiativeStatus,
  type PhaseId,
  type TrackId,
} from '../../../../../shared/roadmap/roadmap-reference';

/** One initiative as the table shows it: labels to read, keys to sort by. */
export interface InitiativeRow {
  id: string;
  title: string;
  phase: PhaseId;
  phaseLabel: string;
  phaseNumber: number;
  track: TrackId;
  trackLabel: string;
  /** The owning stakeholder's name, else the owner role, else empty. */
  owner: string;
  status: InitiativeStatus;
  statusLabel: string;
  statusRank: number;
  impact: number;
  effort: number;
  startLabel: string;
  /** Day number of the start, undefined when unscheduled (sorted last either way). */
  startDay: number | undefined;
  endLabel: string;
  endDay: number | undefined;
  dependencies: number;
  objective: string;
}

export function initiativeRows(client: Pick<Client, 'initiatives' | 'stakeholders'>): InitiativeRow[] {
  const names = new Map(client.stakeholders.map((person) => [person.id, person.name]));
  return client.initiatives.map((item) => {
    const phase = phaseOf(item.phase);
    return {
      id: item.id,
      title: item.title,
      phase: item.phase,
      phaseLabel: `${phase.number}. ${phase.name}`,
      phaseNumber: phase.number,
      track: item.track,
      trackLabel: TRACK_LABELS[item.track],
      owner: (item.ownerStakeholderId ? names.get(item.ownerStakeholderId) : undefined) ?? item.ownerRole ?? '',
      status: item.status,
      statusLabel: INITIATIVE_STATUS_LABELS[item.status],
      statusRank: INITIATIVE_STATUSES.indexOf(item.status),
      impact: item.impact,
      effort: item.effort,
      startLabel: item.start ? timingLabel(item.start) : '',
      startDay: item.start ? timingFirstDay(item.start) : undefined,
      endLabel: item.end ? timingLabel(item.end) : '',
      endDay: item.end ? timingFirstDay(item.end) : undefined,
      dependencies: item.dependsOn.length,
      objective: item.objective ? OBJECTIVES[item.objective].name : '',
    };
  });
}

export interface RowFilters {
  text: string;
  phase: PhaseId | '';
  track: TrackId | '';
  status: InitiativeStatus | '';
  /** An owner as shown in the table; '' for any. */
  owner: string;
}

export const NO_FILTERS: RowFilters = { text: '', phase: '', track: '', status: '', owner: '' };

/** Rows matching every filter; the text matches title, owner and objective, ignoring case. */
export function filterRows(rows: readonly InitiativeRow[], filters: RowFilters): InitiativeRow[] {
  const needle = filters.text.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (!filters.phase || row.phase === filters.phase) &&
      (!filters.track || row.track === filters.track) &&
      (!filters.status || row.status === filters.status) &&
      (!filters.owner || row.owner === filters.owner) &&
      (!needle || `${row.title}\n${row.owner}\n${row.objective}`.toLocaleLowerCase().includes(needle)),
  );
}

/** The distinct owners, for the owner filter, in reading order. */
export function ownerOptions(rows: readonly InitiativeRow[]): string[] {
  return [...new Set(rows.map((row) => row.owner).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** Ids from `anchor` to `target` inclusive in the visible order, for shift-click ranges. */
export function rangeBetween(visibleIds: readonly string[], anchor: string, target: string): string[] {
  const a = visibleIds.indexOf(anchor);
  const b = visibleIds.indexOf(target);
  if (a === -1 || b === -1) return [target];
  return visibleIds.slice(Math.min(a, b), Math.max(a, b) + 1);
}
