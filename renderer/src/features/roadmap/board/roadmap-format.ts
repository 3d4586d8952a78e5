import type { Client } from '../../../../../shared/domain/client';
import type { Initiative } from '../../../../../shared/roadmap/initiative-schema';
import { PHASES, PHASE_IDS, TRACK_IDS, TRACK_LABELS, type PhaseId, type TrackId } from '../../../../../shared/roadmap/roadmap-reference';

/** "Phase 2 · External": short enough for announcements and tooltips. */
export const cellLabel = (phase: PhaseId, track: TrackId): string => {
  const number = PHASES.find((candidate) => candidate.id === phase)?.number ?? 1;
  return `Phase ${number} ${PHASES[number - 1]!.name}, ${TRACK_LABELS[track].toLowerCase()}`;
};

/** The owner as a person reads it: the stakeholder's name, else the role, else nothing. */
export function ownerLabel(initiative: Pick<Initiative, 'ownerStakeholderId' | 'ownerRole'>, client: Pick<Client, 'stakeholders'>): string | null {
  const person = initiative.ownerStakeholderId ? client.stakeholders.find((candidate) => candidate.id === initiative.ownerStakeholderId) : undefined;
  return person?.name ?? initiative.ownerRole ?? null;
}

/** A cell's droppable id, and back: `cell:establish:internal`. */
export const cellDropId = (phase: PhaseId, track: TrackId) => `cell:${phase}:${track}`;
export const parseCellDropId = (id: string): { phase: PhaseId; track: TrackId } | null => {
  const [prefix, phaseText, trackText] = id.split(':');
  const phase = PHASE_IDS.find((candidate) => candidate === phaseText);
  const track = TRACK_IDS.find((candidate) => candidate === trackText);
  return prefix === 'cell' && phase && track ? { phase, track } : null;
};
