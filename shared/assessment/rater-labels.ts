import type { Assessment } from './assessment-schema';

/**
 * The name shown for each participant. In anonymous mode every rater becomes
 * "Participant 1", "Participant 2"… numbered by the order of the participants' ids, not
 * of their ratings, so the numbering does not hint at who spoke first in the room.
 */
export function raterLabels(assessment: Pick<Assessment, 'anonymousRatings' | 'participantRatings' | 'participants'>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const participant of assessment.participants) labels.set(participant.id, participant.label);
  for (const rating of assessment.participantRatings) {
    if (!labels.has(rating.participantId)) labels.set(rating.participantId, rating.participantLabel || 'Unnamed participant');
  }
  if (!assessment.anonymousRatings) return labels;
  const ids = [...new Set(assessment.participantRatings.map((rating) => rating.participantId))].sort();
  return new Map(ids.map((id, index) => [id, `Participant ${index + 1}`]));
}
