import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import { collectActions, toParticipantRatings, workshopSummary } from '../workshop';
import { buildDemoClient } from './demo-client';

let next = 0;
const today = '2026-03-02';
const client = buildDemoClient({ newId: () => `demo-${(next += 1)}`, now: new Date(`${today}T09:30:00.000Z`) });
const [held, planned] = client.workshops;

describe('demo workshops', () => {
  it('keeps the demo client valid, with one held and one planned workshop on the current engagement', () => {
    const parsed = ClientSchema.safeParse(client);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(client.workshops).toHaveLength(2);
    expect(held).toMatchObject({ status: 'finished', date: '2026-02-09', templateId: 'maturity-assessment' });
    expect(planned).toMatchObject({ status: 'planned', date: '2026-03-18', templateId: 'roadmap-planning', notes: [], actions: [] });
    const current = client.engagements.find((engagement) => engagement.status === 'active')!;
    expect(client.workshops.every((workshop) => workshop.engagementId === current.id)).toBe(true);
  });

  it('sends exactly the ratings the reassessment records into the assessment', () => {
    const ratingItem = held!.agenda.find((item) => item.method === 'maturity-vote')!;
    const fromWorkshop = toParticipantRatings(held!, ratingItem.id, { newId: () => 'x' });
    const reassessment = client.assessments.find((assessment) => assessment.participantRatings.length > 0)!;
    const strip = (ratings: { participantId: string; competencyId: string; stage: number }[]) =>
      ratings.map(({ participantId, competencyId, stage }) => `${participantId}/${competencyId}/${stage}`).sort();
    expect(fromWorkshop).toHaveLength(5 * 8);
    expect(strip(fromWorkshop)).toEqual(strip(reassessment.participantRatings));
  });

  it('summarises clustered, dot-voted notes, ratings with culture split, and decisions', () => {
    const summary = workshopSummary(held!, COMMUNITY_MATURITY_MODEL, { today });
    const board = summary.boards[0]!;
    expect(board.clusters.map((cluster) => [cluster.label, cluster.totalDots])).toEqual([
      ['We count activity, not outcomes', 10],
      ['Head office still waits for permission', 9],
      ['Community management is real now', 1],
      ['Listening has started', 1],
    ]);
    expect(board.unclustered).toEqual([]);
    expect(summary.ratings[0]!.participantsVoted).toBe(5);
    expect(summary.ratings[0]!.competencies.find((competency) => competency.competencyId === 'culture')?.distribution).toBeDefined();
    expect(summary.decisions.length).toBeGreaterThanOrEqual(3);
  });

  it('has actions with owners and due dates, three of them overdue today', () => {
    const rows = collectActions(client.workshops, { today });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.action.ownerName !== '')).toBe(true);
    const overdue = collectActions(client.workshops, { today, overdue: true });
    expect(overdue.map((row) => row.action.ownerName)).toEqual(['François Dubois', 'Søren Østergaard', 'José Martínez Ortega']);
  });
});
