import { edited, participantName, refused, touch, type WorkshopEditResult } from './workshop-edit';
import { visibleNotes } from './note-visibility';
import { dotTargetItemIds } from './workshop-problems';
import { WORKSHOP_LIMITS, type AgendaItem, type Workshop } from './workshop-schema';

/**
 * Dot voting with a per-person budget. The facilitator can enter each person's dots by
 * proxy, or the laptop goes round the room; either way nobody sees the tally until the
 * facilitator reveals it, so the first voters do not steer the rest.
 */

export type VoteTargetKind = 'note' | 'cluster';

export interface DotTally {
  targetId: string;
  kind: VoteTargetKind;
  /** The note's text or the cluster's label. */
  label: string;
  dots: number;
  /** How many different participants put dots on it. */
  voters: number;
}

export type DotResults =
  | { status: 'hidden'; budget: number; dotsCast: number; voters: number }
  | { status: 'revealed'; budget: number; dotsCast: number; voters: number; tally: DotTally[] };

const dotItem = (workshop: Workshop, agendaItemId: string): AgendaItem | undefined =>
  workshop.agenda.find((item) => item.id === agendaItemId && item.method === 'dot-vote');

const spentBy = (workshop: Workshop, agendaItemId: string, participantId: string): number =>
  workshop.dotVotes.reduce((sum, vote) => (vote.agendaItemId === agendaItemId && vote.participantId === participantId ? sum + vote.dots : sum), 0);

/** What a participant can still place on this vote; 0 for an unknown item. */
export function dotsLeft(workshop: Workshop, agendaItemId: string, participantId: string): number {
  const item = dotItem(workshop, agendaItemId);
  return item ? Math.max(0, item.dotBudget - spentBy(workshop, agendaItemId, participantId)) : 0;
}

/**
 * Which notes and clusters can take dots, in board order: for each linked item, each
 * cluster followed by its notes, then the unclustered notes. Hidden notes are left out.
 */
function voteTargets(workshop: Workshop, item: AgendaItem): Map<string, { kind: VoteTargetKind; label: string; position: number }> {
  const targets = new Map<string, { kind: VoteTargetKind; label: string; position: number }>();
  for (const itemId of dotTargetItemIds(item)) {
    const board = visibleNotes(workshop, itemId, { facilitatorView: false });
    for (const { cluster, notes } of board.clusters) {
      targets.set(cluster.id, { kind: 'cluster', label: cluster.label, position: targets.size });
      for (const note of notes) targets.set(note.id, { kind: 'note', label: note.text, position: targets.size });
    }
    for (const note of board.unclustered) targets.set(note.id, { kind: 'note', label: note.text, position: targets.size });
  }
  return targets;
}

/** Places one dot, refusing when the participant has none left. `id` names a new record if one is needed. */
export function castDot(workshop: Workshop, input: { agendaItemId: string; participantId: string; targetId: string; id: string; now: string }): WorkshopEditResult {
  const item = dotItem(workshop, input.agendaItemId);
  if (!item) return refused('That agenda item is not a dot vote.');
  if (!workshop.participants.some((participant) => participant.id === input.participantId)) return refused('That participant is not on the list.');
  if (!voteTargets(workshop, item).has(input.targetId)) {
    const hidden = workshop.notes.some((note) => note.id === input.targetId && note.hidden);
    return refused(hidden ? 'Reveal the notes before voting on them.' : 'That note or cluster is not part of this vote.');
  }
  const spent = spentBy(workshop, item.id, input.participantId);
  if (spent + 1 > item.dotBudget) {
    return refused(`${participantName(workshop, input.participantId)} has already placed all ${item.dotBudget} dots of this vote; remove one to move it.`);
  }
  const existing = workshop.dotVotes.find((vote) => vote.agendaItemId === item.id && vote.participantId === input.participantId && vote.targetId === input.targetId);
  if (!existing && workshop.dotVotes.some((vote) => vote.id === input.id)) return refused(`A dot record with the id "${input.id}" already exists.`);
  const dotVotes = existing
    ? workshop.dotVotes.map((vote) => (vote === existing ? { ...vote, dots: vote.dots + 1 } : vote))
    : [...workshop.dotVotes, { id: input.id, agendaItemId: item.id, participantId: input.participantId, targetId: input.targetId, dots: 1 }];
  return edited(touch(workshop, input.now, { dotVotes }));
}

/** Takes one of the participant's dots off a target; the record goes when its last dot does. */
export function removeDot(workshop: Workshop, input: { agendaItemId: string; participantId: string; targetId: string; now: string }): WorkshopEditResult {
  const existing = workshop.dotVotes.find((vote) => vote.agendaItemId === input.agendaItemId && vote.participantId === input.participantId && vote.targetId === input.targetId);
  if (!existing) return refused(`${participantName(workshop, input.participantId)} has no dot there to remove.`);
  const dotVotes = existing.dots > 1 ? workshop.dotVotes.map((vote) => (vote === existing ? { ...vote, dots: vote.dots - 1 } : vote)) : workshop.dotVotes.filter((vote) => vote !== existing);
  return edited(touch(workshop, input.now, { dotVotes }));
}

/** Changes the dots each person may place; refused below what someone has already placed. */
export function setDotBudget(workshop: Workshop, input: { agendaItemId: string; budget: number; now: string }): WorkshopEditResult {
  const item = dotItem(workshop, input.agendaItemId);
  if (!item) return refused('That agenda item is not a dot vote.');
  if (!Number.isInteger(input.budget) || input.budget < 1 || input.budget > WORKSHOP_LIMITS.dotBudget) {
    return refused(`The budget is a whole number of dots from 1 to ${WORKSHOP_LIMITS.dotBudget}.`);
  }
  const over = workshop.participants.find((participant) => spentBy(workshop, item.id, participant.id) > input.budget);
  if (over) return refused(`${over.name} has already placed ${spentBy(workshop, item.id, over.id)} dots; remove some before lowering the budget to ${input.budget}.`);
  return edited(touch(workshop, input.now, { agenda: workshop.agenda.map((entry) => (entry === item ? { ...entry, dotBudget: input.budget } : entry)) }));
}

/** Shows (or hides again) an item's vote results: dots or maturity ratings. */
export function setResultsRevealed(workshop: Workshop, input: { agendaItemId: string; revealed: boolean; now: string }): Workshop {
  const item = workshop.agenda.find((entry) => entry.id === input.agendaItemId);
  if (!item || item.resultsRevealed === input.revealed) return workshop;
  return touch(workshop, input.now, { agenda: workshop.agenda.map((entry) => (entry === item ? { ...entry, resultsRevealed: input.revealed } : entry)) });
}

/**
 * Results of a dot vote; null when the item is not a dot vote. Before the reveal only
 * progress shows (dots cast, how many people voted). After it, every note and cluster that
 * could take dots, most dots first, then most voters, then in board order (see voteTargets).
 */
export function dotResults(workshop: Workshop, agendaItemId: string): DotResults | null {
  const item = dotItem(workshop, agendaItemId);
  if (!item) return null;
  const votes = workshop.dotVotes.filter((vote) => vote.agendaItemId === item.id);
  const dotsCast = votes.reduce((sum, vote) => sum + vote.dots, 0);
  const voters = new Set(votes.map((vote) => vote.participantId)).size;
  if (!item.resultsRevealed) return { status: 'hidden', budget: item.dotBudget, dotsCast, voters };
  const tally = new Map<string, DotTally>();
  const positions = new Map<string, number>();
  for (const [targetId, { kind, label, position }] of voteTargets(workshop, item)) {
    tally.set(targetId, { targetId, kind, label, dots: 0, voters: 0 });
    positions.set(targetId, position);
  }
  for (const vote of votes) {
    const entry = tally.get(vote.targetId);
    if (!entry) continue;
    entry.dots += vote.dots;
    entry.voters += 1;
  }
  const sorted = [...tally.values()].sort((a, b) => b.dots - a.dots || b.voters - a.voters || positions.get(a.targetId)! - positions.get(b.targetId)!);
  return { status: 'revealed', budget: item.dotBudget, dotsCast, voters, tally: sorted };
}
