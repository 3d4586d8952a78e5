import type { Framework } from '../frameworks/framework-schema';
import { clustersOf } from './note-clusters';
import { maturityConsensus, type CompetencyVoteResult } from './maturity-voting';
import { isOverdue } from './workshop-actions';
import { byCodeUnit, compareNotes, pushTo } from './workshop-edit';
import type { AgendaMethod, WorkshopAction, Workshop, WorkshopDecision, WorkshopNote, WorkshopStatus } from './workshop-schema';

/**
 * What a workshop produced, as plain data shared by the summary screen and the
 * deliverables. It is the record after the event, so it counts every note and vote,
 * including ones never revealed in the room, and says so (`hidden`, `revealed`) for the
 * screen to point out.
 */

/** Stated on the summary screen and in the report. */
export const SUMMARY_ORDER_RULE =
  'Clusters are listed by the dots they received (on the cluster and on its notes together), most first; notes within a cluster by their own dots. Ties keep the order of the board.';

export interface SummaryNote {
  noteId: string;
  text: string;
  /** The author's name, or null when the note is anonymous. */
  author: string | null;
  dots: number;
  hidden: boolean;
  /** Actions made from this note. */
  actionIds: string[];
}

export interface SummaryCluster {
  clusterId: string;
  label: string;
  /** Dots on the cluster itself. */
  ownDots: number;
  /** Own dots plus the dots on its notes. */
  totalDots: number;
  notes: SummaryNote[];
}

export interface SummaryBoard {
  agendaItemId: string;
  title: string;
  method: AgendaMethod;
  noteCount: number;
  hiddenNotes: number;
  clusters: SummaryCluster[];
  unclustered: SummaryNote[];
}

export interface SummaryRatings {
  agendaItemId: string;
  title: string;
  revealed: boolean;
  participantsVoted: number;
  competencies: CompetencyVoteResult[];
}

export interface WorkshopSummary {
  workshopId: string;
  title: string;
  date: string;
  place: string;
  status: WorkshopStatus;
  objectives: string;
  participants: { name: string; role: string; stakeholderId: string | null }[];
  boards: SummaryBoard[];
  ratings: SummaryRatings[];
  /** In the order they were taken. */
  decisions: (WorkshopDecision & { agendaItemTitle: string | null })[];
  /** In the order they were recorded; `overdue` is false unless `today` is given. */
  actions: (WorkshopAction & { overdue: boolean })[];
}

const byDotsThenBoard = <T extends { dots: number; position: number }>(a: T, b: T): number => b.dots - a.dots || a.position - b.position;

/** The summary of one workshop; `today` (a calendar date) marks overdue actions. */
export function workshopSummary(workshop: Workshop, framework: Framework, options: { today?: string } = {}): WorkshopSummary {
  const names = new Map(workshop.participants.map((participant) => [participant.id, participant.name]));
  const dots = new Map<string, number>();
  for (const vote of workshop.dotVotes) dots.set(vote.targetId, (dots.get(vote.targetId) ?? 0) + vote.dots);
  const actionsBySource = new Map<string, string[]>();
  for (const action of workshop.actions) {
    if (action.sourceNoteId !== null) pushTo(actionsBySource, action.sourceNoteId, action.id);
  }
  const notesByItem = new Map<string, WorkshopNote[]>();
  for (const note of workshop.notes) pushTo(notesByItem, note.agendaItemId, note);

  const summarise = (notes: WorkshopNote[]): SummaryNote[] =>
    notes
      .sort(compareNotes)
      .map((note, position) => ({ note, position, dots: dots.get(note.id) ?? 0 }))
      .sort(byDotsThenBoard)
      .map(({ note, dots: count }) => ({
        noteId: note.id,
        text: note.text,
        author: note.authorParticipantId === null ? null : (names.get(note.authorParticipantId) ?? null),
        dots: count,
        hidden: note.hidden,
        actionIds: actionsBySource.get(note.id) ?? [],
      }));

  const boards: SummaryBoard[] = [];
  for (const item of workshop.agenda) {
    const notes = notesByItem.get(item.id) ?? [];
    const clusters = clustersOf(workshop, item.id);
    if (notes.length === 0 && clusters.length === 0) continue;
    const byCluster = new Map<string | null, WorkshopNote[]>();
    for (const note of notes) pushTo(byCluster, note.clusterId, note);
    const summarised = clusters
      .map((cluster, position) => {
        const members = summarise(byCluster.get(cluster.id) ?? []);
        const ownDots = dots.get(cluster.id) ?? 0;
        const totalDots = ownDots + members.reduce((sum, note) => sum + note.dots, 0);
        return { position, dots: totalDots, cluster: { clusterId: cluster.id, label: cluster.label, ownDots, totalDots, notes: members } };
      })
      .sort(byDotsThenBoard)
      .map((entry) => entry.cluster);
    boards.push({
      agendaItemId: item.id,
      title: item.title,
      method: item.method,
      noteCount: notes.length,
      hiddenNotes: notes.filter((note) => note.hidden).length,
      clusters: summarised,
      unclustered: summarise(byCluster.get(null) ?? []),
    });
  }

  const ratings: SummaryRatings[] = workshop.agenda.flatMap((item) => {
    const result = maturityConsensus(workshop, item.id, framework);
    return result ? [{ agendaItemId: item.id, title: item.title, revealed: item.resultsRevealed, participantsVoted: result.participantsVoted, competencies: result.competencies }] : [];
  });
  const titles = new Map(workshop.agenda.map((item) => [item.id, item.title]));

  return {
    workshopId: workshop.id,
    title: workshop.title,
    date: workshop.date,
    place: workshop.place,
    status: workshop.status,
    objectives: workshop.objectives,
    participants: workshop.participants.map((participant) => ({ name: participant.name, role: participant.role, stakeholderId: participant.stakeholderId })),
    boards,
    ratings,
    decisions: [...workshop.decisions]
      .sort((a, b) => byCodeUnit(a.decidedAt, b.decidedAt))
      .map((decision) => ({ ...decision, agendaItemTitle: decision.agendaItemId === null ? null : (titles.get(decision.agendaItemId) ?? null) })),
    actions: [...workshop.actions]
      .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt))
      .map((action) => ({ ...action, overdue: options.today === undefined ? false : isOverdue(action, options.today) })),
  };
}
