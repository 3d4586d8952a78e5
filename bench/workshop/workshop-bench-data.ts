import { seededRandom } from '../scoring/bench-data';
import { newAgendaItem, newWorkshop } from '../../shared/workshop/workshop-factories';
import type { DotVote, MaturityVote, NoteCluster, Workshop, WorkshopNote } from '../../shared/workshop/workshop-schema';

export interface WorkshopBenchShape {
  notes: number;
  clusters: number;
  participants: number;
  dotBudget: number;
}

export const WORKSHOP_BENCH_SHAPE: WorkshopBenchShape = { notes: 2_000, clusters: 40, participants: 20, dotBudget: 5 };

const at = (second: number): string => new Date(Date.UTC(2026, 10, 22, 9) + second * 1_000).toISOString();

/**
 * A busy board: one brainstorm item holding `notes` revealed notes spread over `clusters`
 * clusters, a revealed dot vote where every participant placed the full budget, and a
 * maturity vote on every competency id given. Seeded, so every run measures the same board.
 */
export function makeBenchWorkshop(competencyIds: readonly string[], shape: WorkshopBenchShape = WORKSHOP_BENCH_SHAPE, seed = 20_261_122): Workshop {
  const random = seededRandom(seed);
  const pick = (count: number) => Math.floor(random() * count);
  const participants = Array.from({ length: shape.participants }, (_, index) => ({ id: `p${index}`, stakeholderId: index % 2 === 0 ? `s${index}` : null, name: `Participant ${index + 1}`, role: '' }));
  const clusters: NoteCluster[] = Array.from({ length: shape.clusters }, (_, index) => ({ id: `k${index}`, agendaItemId: 'brain', label: `Theme ${index + 1}`, order: index }));
  const perCluster = new Map<string, number>();
  const notes: WorkshopNote[] = Array.from({ length: shape.notes }, (_, index) => {
    const clusterId = `k${index % shape.clusters}`;
    const order = perCluster.get(clusterId) ?? 0;
    perCluster.set(clusterId, order + 1);
    return {
      id: `n${index}`,
      agendaItemId: 'brain',
      text: `Idea ${index}: ${'we could share more of what customers tell us '.slice(0, 10 + pick(36))}`,
      authorParticipantId: random() < 0.3 ? null : `p${pick(shape.participants)}`,
      clusterId,
      order,
      hidden: false,
      createdAt: at(index),
      updatedAt: at(index),
    };
  });
  const dotVotes: DotVote[] = [];
  for (const participant of participants) {
    const chosen = new Map<string, number>();
    for (let dot = 0; dot < shape.dotBudget; dot += 1) {
      const target = random() < 0.2 ? `k${pick(shape.clusters)}` : `n${pick(shape.notes)}`;
      chosen.set(target, (chosen.get(target) ?? 0) + 1);
    }
    for (const [targetId, dots] of chosen) dotVotes.push({ id: `v${dotVotes.length}`, agendaItemId: 'dots', participantId: participant.id, targetId, dots });
  }
  const maturityVotes: MaturityVote[] = participants.flatMap((participant, person) =>
    competencyIds.map((competencyId, index) => ({ id: `m${person}-${index}`, agendaItemId: 'rate', participantId: participant.id, competencyId, stage: 1 + pick(4) })),
  );
  const dotItem = newAgendaItem({ id: 'dots', title: 'Priorities', method: 'dot-vote', plannedMinutes: 15, linkedTo: ['brain'], dotBudget: shape.dotBudget });
  const rateItem = newAgendaItem({ id: 'rate', title: 'Rate', method: 'maturity-vote', plannedMinutes: 25, linkedTo: [...competencyIds] });
  return {
    ...newWorkshop({ id: 'bench', now: at(0), engagementId: 'e', title: 'Bench workshop', date: '2026-11-22' }),
    participants,
    agenda: [
      newAgendaItem({ id: 'brain', title: 'Ideas', method: 'brainstorm', plannedMinutes: 30, privateNotes: false }),
      { ...dotItem, resultsRevealed: true },
      { ...rateItem, resultsRevealed: true },
    ],
    clusters,
    notes,
    dotVotes,
    maturityVotes,
  };
}
