import type { AnonymousParticipant, ParticipantRating } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { consensusOf, type Consensus } from '../scoring/consensus';
import { isStageWithin } from '../scoring/stage-statistics';
import { FRAMEWORK_LIMITS } from '../frameworks/framework-schema';
import { edited, pushTo, refused, touch, type WorkshopEditResult } from './workshop-edit';
import type { AgendaItem, MaturityVote, Workshop } from './workshop-schema';

/**
 * Maturity voting: each participant places each competency the item covers on a stage.
 * Results stay hidden until the reveal, and then flow into the engagement's assessment as
 * per-participant ratings, where the consensus rules of the scoring module apply.
 */

export interface CompetencyVoteResult extends Consensus {
  name: string;
}

export type MaturityVoteResults =
  | { status: 'hidden'; votesCast: number; participantsVoted: number; competencies: number }
  | { status: 'revealed'; votesCast: number; participantsVoted: number; competencies: CompetencyVoteResult[] };

const maturityItem = (workshop: Workshop, agendaItemId: string): AgendaItem | undefined =>
  workshop.agenda.find((item) => item.id === agendaItemId && item.method === 'maturity-vote');

const samePair = (vote: MaturityVote, input: { agendaItemId: string; participantId: string; competencyId: string }) =>
  vote.agendaItemId === input.agendaItemId && vote.participantId === input.participantId && vote.competencyId === input.competencyId;

/** Records (or changes) one participant's stage for one competency; `id` names a new vote. */
export function setMaturityVote(
  workshop: Workshop,
  input: { agendaItemId: string; participantId: string; competencyId: string; stage: number; id: string; now: string },
): WorkshopEditResult {
  const item = maturityItem(workshop, input.agendaItemId);
  if (!item) return refused('That agenda item is not a maturity vote.');
  if (!workshop.participants.some((participant) => participant.id === input.participantId)) return refused('That participant is not on the list.');
  if (!item.linkedTo.includes(input.competencyId)) return refused('That competency is not part of this vote.');
  if (!isStageWithin(input.stage, FRAMEWORK_LIMITS.maxStages)) return refused('Choose a stage from the framework.');
  const existing = workshop.maturityVotes.find((vote) => samePair(vote, input));
  if (!existing && workshop.maturityVotes.some((vote) => vote.id === input.id)) return refused(`A rating with the id "${input.id}" already exists.`);
  const maturityVotes = existing
    ? workshop.maturityVotes.map((vote) => (vote === existing ? { ...vote, stage: input.stage } : vote))
    : [...workshop.maturityVotes, { id: input.id, agendaItemId: item.id, participantId: input.participantId, competencyId: input.competencyId, stage: input.stage }];
  return edited(touch(workshop, input.now, { maturityVotes }));
}

/** Withdraws one rating (a participant who would rather not place a competency). */
export function clearMaturityVote(workshop: Workshop, input: { agendaItemId: string; participantId: string; competencyId: string; now: string }): Workshop {
  if (!workshop.maturityVotes.some((vote) => samePair(vote, input))) return workshop;
  return touch(workshop, input.now, { maturityVotes: workshop.maturityVotes.filter((vote) => !samePair(vote, input)) });
}

/**
 * Distribution and proposed consensus per covered competency, in framework order, using
 * the scoring module's rule (lower median; a spread of two stages or more is flagged),
 * whether or not the results are revealed: for the summary after the workshop. Competencies
 * the framework lacks are left out. Null when the item is not a maturity vote.
 */
export function maturityConsensus(workshop: Workshop, agendaItemId: string, framework: Framework): { votesCast: number; participantsVoted: number; competencies: CompetencyVoteResult[] } | null {
  const item = maturityItem(workshop, agendaItemId);
  if (!item) return null;
  const votes = workshop.maturityVotes.filter((vote) => vote.agendaItemId === item.id && item.linkedTo.includes(vote.competencyId));
  const stages = new Map<string, number[]>();
  for (const vote of votes) pushTo(stages, vote.competencyId, vote.stage);
  return {
    votesCast: votes.length,
    participantsVoted: new Set(votes.map((vote) => vote.participantId)).size,
    competencies: framework.competencies
      .filter((competency) => item.linkedTo.includes(competency.id))
      .map((competency) => ({ ...consensusOf(competency.id, stages.get(competency.id) ?? [], framework.stages.length), name: competency.name })),
  };
}

/**
 * What the room may see of a maturity vote: before the reveal only progress (votes cast,
 * how many people voted, how many competencies are covered); after it, the distribution and
 * consensus of {@link maturityConsensus}. Null when the item is not a maturity vote.
 */
export function maturityVoteResults(workshop: Workshop, agendaItemId: string, framework: Framework): MaturityVoteResults | null {
  const result = maturityConsensus(workshop, agendaItemId, framework);
  if (!result) return null;
  if (!maturityItem(workshop, agendaItemId)!.resultsRevealed) {
    return { status: 'hidden', votesCast: result.votesCast, participantsVoted: result.participantsVoted, competencies: result.competencies.length };
  }
  return { status: 'revealed', ...result };
}

/** The id a participant carries into an assessment: their stakeholder id when they are one. */
export const assessmentParticipantId = (participant: { id: string; stakeholderId: string | null }): string => participant.stakeholderId ?? participant.id;

/**
 * The item's votes as assessment ratings, one per vote, ordered by participant (as listed
 * in the workshop) and then by the item's competency order. The label is the participant's
 * name as recorded in the workshop; stakeholders are referred to by their stakeholder id.
 * Ids come from `newId`, called once per rating in that order.
 */
export function toParticipantRatings(workshop: Workshop, agendaItemId: string, options: { newId: () => string }): ParticipantRating[] {
  const item = maturityItem(workshop, agendaItemId);
  if (!item) return [];
  const ratings: ParticipantRating[] = [];
  for (const participant of workshop.participants) {
    const own = workshop.maturityVotes.filter((vote) => vote.agendaItemId === item.id && vote.participantId === participant.id);
    for (const competencyId of item.linkedTo) {
      const vote = own.find((entry) => entry.competencyId === competencyId);
      if (!vote) continue;
      ratings.push({ id: options.newId(), participantId: assessmentParticipantId(participant), participantLabel: participant.name, competencyId, stage: vote.stage });
    }
  }
  return ratings;
}

/** The assessment's `participants` entries for the voters who are not recorded stakeholders. */
export function toAssessmentParticipants(workshop: Workshop, agendaItemId: string): AnonymousParticipant[] {
  const voters = new Set(workshop.maturityVotes.filter((vote) => vote.agendaItemId === agendaItemId).map((vote) => vote.participantId));
  return workshop.participants
    .filter((participant) => participant.stakeholderId === null && voters.has(participant.id))
    .map((participant) => ({ id: participant.id, label: participant.name }));
}
