import { describe, expect, it } from 'vitest';
import { ParticipantRatingSchema } from '../assessment/assessment-schema';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import { setResultsRevealed } from './dot-voting';
import { clearMaturityVote, maturityVoteResults, setMaturityVote, toAssessmentParticipants, toParticipantRatings } from './maturity-voting';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import type { Workshop } from './workshop-schema';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;

/** [participant, competency, stage] votes on the sample's maturity item (strategy, leadership, culture). */
type Vote = [string, string, number];
const vote = (votes: Vote[], workshop = sampleWorkshop()): Workshop =>
  votes.reduce(
    (current, [participantId, competencyId, stage], index) =>
      applied(setMaturityVote(current, { agendaItemId: 'i-rate', participantId, competencyId, stage, id: `m${index}`, now: minuteAfter(index) })),
    workshop,
  );

const ROOM: Vote[] = [
  ['p-ana', 'strategy', 2],
  ['p-ben', 'strategy', 1],
  ['p-cy', 'strategy', 2],
  ['p-ana', 'leadership', 1],
  ['p-ben', 'leadership', 3],
  ['p-cy', 'culture', 2],
];

describe('setMaturityVote', () => {
  it('keeps one vote per participant and competency, changing its stage', () => {
    const workshop = vote([['p-ana', 'strategy', 2], ['p-ana', 'strategy', 3]]);
    expect(workshop.maturityVotes).toEqual([{ id: 'm0', agendaItemId: 'i-rate', participantId: 'p-ana', competencyId: 'strategy', stage: 3 }]);
  });

  it.each<[string, Partial<{ agendaItemId: string; participantId: string; competencyId: string; stage: number }>, string]>([
    ['an item that is not a maturity vote', { agendaItemId: 'i-dots' }, 'That agenda item is not a maturity vote.'],
    ['a stranger', { participantId: 'p-zed' }, 'That participant is not on the list.'],
    ['a competency the item does not cover', { competencyId: 'tools' }, 'That competency is not part of this vote.'],
    ['a stage of zero', { stage: 0 }, 'Choose a stage from the framework.'],
    ['half a stage', { stage: 2.5 }, 'Choose a stage from the framework.'],
  ])('refuses %s', (_label, change, message) => {
    const input = { agendaItemId: 'i-rate', participantId: 'p-ana', competencyId: 'strategy', stage: 2, id: 'm', now: minuteAfter(1), ...change };
    expect(setMaturityVote(sampleWorkshop(), input)).toEqual({ ok: false, message });
  });

  it('withdraws a vote', () => {
    const workshop = clearMaturityVote(vote(ROOM), { agendaItemId: 'i-rate', participantId: 'p-cy', competencyId: 'culture', now: minuteAfter(9) });
    expect(workshop.maturityVotes).toHaveLength(5);
  });
});

describe('maturityVoteResults', () => {
  it('shows only progress before the reveal', () => {
    expect(maturityVoteResults(vote(ROOM), 'i-rate', cmm)).toEqual({ status: 'hidden', votesCast: 6, participantsVoted: 3, competencies: 3 });
  });

  it('gives the distribution and consensus per covered competency after the reveal', () => {
    const result = maturityVoteResults(setResultsRevealed(vote(ROOM), { agendaItemId: 'i-rate', revealed: true, now: minuteAfter(9) }), 'i-rate', cmm);
    expect(result?.status).toBe('revealed');
    if (result?.status !== 'revealed') return;
    expect(result.competencies.map((entry) => [entry.competencyId, entry.name, entry.raters, entry.median, entry.distribution.map((stage) => stage.count), entry.disagreement])).toEqual([
      ['strategy', 'Strategy', 3, 2, [1, 2, 0, 0], false],
      ['leadership', 'Leadership', 2, 1, [1, 0, 1, 0], true],
      ['culture', 'Culture', 1, 2, [0, 1, 0, 0], false],
    ]);
  });

  it('is null for an item that is not a maturity vote', () => {
    expect(maturityVoteResults(vote(ROOM), 'i-dots', cmm)).toBeNull();
  });
});

describe('toParticipantRatings', () => {
  it('turns votes into assessment ratings: stakeholder ids where known, names as labels', () => {
    let next = 0;
    const ratings = toParticipantRatings(vote(ROOM), 'i-rate', { newId: () => `r${(next += 1)}` });
    expect(ratings.map((rating) => [rating.id, rating.participantId, rating.participantLabel, rating.competencyId, rating.stage])).toEqual([
      ['r1', 's-ana', 'Ana Ruiz', 'strategy', 2],
      ['r2', 's-ana', 'Ana Ruiz', 'leadership', 1],
      ['r3', 's-ben', 'Ben Okafor', 'strategy', 1],
      ['r4', 's-ben', 'Ben Okafor', 'leadership', 3],
      ['r5', 'p-cy', 'Cy Walsh', 'strategy', 2],
      ['r6', 'p-cy', 'Cy Walsh', 'culture', 2],
    ]);
    for (const rating of ratings) expect(ParticipantRatingSchema.safeParse(rating).success).toBe(true);
  });

  it('lists the ad-hoc voters as assessment participants', () => {
    expect(toAssessmentParticipants(vote(ROOM), 'i-rate')).toEqual([{ id: 'p-cy', label: 'Cy Walsh' }]);
  });

  it('gives nothing for an item that is not a maturity vote', () => {
    expect(toParticipantRatings(vote(ROOM), 'i-dots', { newId: () => 'x' })).toEqual([]);
  });
});
