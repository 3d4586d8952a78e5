import { touch } from './workshop-edit';
import type { Workshop } from './workshop-schema';

/** What a participant left in a workshop: notes credited to them, dots placed, ratings given. */
export function participantFootprint(workshop: Workshop, participantId: string): { notes: number; dots: number; ratings: number } {
  let notes = 0;
  let dots = 0;
  let ratings = 0;
  for (const note of workshop.notes) if (note.authorParticipantId === participantId) notes += 1;
  for (const vote of workshop.dotVotes) if (vote.participantId === participantId) dots += vote.dots;
  for (const vote of workshop.maturityVotes) if (vote.participantId === participantId) ratings += 1;
  return { notes, dots, ratings };
}

/**
 * Takes a participant off the workshop. Their notes stay, as anonymous notes (the room's
 * ideas are not lost with the name); their dots and ratings go, since a vote needs a voter.
 * The caller confirms first when the footprint is not empty, and undo brings it all back.
 */
export function removeParticipant(workshop: Workshop, input: { participantId: string; now: string }): Workshop {
  if (!workshop.participants.some((participant) => participant.id === input.participantId)) return workshop;
  const { participantId, now } = input;
  return touch(workshop, now, {
    participants: workshop.participants.filter((participant) => participant.id !== participantId),
    notes: workshop.notes.map((note) => (note.authorParticipantId === participantId ? { ...note, authorParticipantId: null, updatedAt: now } : note)),
    dotVotes: workshop.dotVotes.filter((vote) => vote.participantId !== participantId),
    maturityVotes: workshop.maturityVotes.filter((vote) => vote.participantId !== participantId),
  });
}
