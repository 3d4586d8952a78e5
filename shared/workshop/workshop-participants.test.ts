import { describe, expect, it } from 'vitest';
import { castDot } from './dot-voting';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { addNote } from './workshop-notes';
import { participantFootprint, removeParticipant } from './workshop-participants';
import { WorkshopSchema, type Workshop } from './workshop-schema';

function withGuestActivity(): Workshop {
  let workshop: Workshop = { ...sampleWorkshop(), agenda: sampleWorkshop().agenda.map((item) => ({ ...item, privateNotes: false })) };
  workshop = applied(addNote(workshop, { id: 'n1', agendaItemId: 'i-brain', text: 'More HR in the loop', authorParticipantId: 'p-cy', now: minuteAfter(1) }));
  workshop = applied(addNote(workshop, { id: 'n2', agendaItemId: 'i-brain', text: 'Ana’s idea', authorParticipantId: 'p-ana', now: minuteAfter(2) }));
  return applied(castDot(workshop, { id: 'd1', agendaItemId: 'i-dots', participantId: 'p-cy', targetId: 'n1', now: minuteAfter(3) }));
}

describe('participantFootprint', () => {
  it('counts the notes, dots and ratings a participant left', () => {
    expect(participantFootprint(withGuestActivity(), 'p-cy')).toEqual({ notes: 1, dots: 1, ratings: 0 });
    expect(participantFootprint(withGuestActivity(), 'p-ben')).toEqual({ notes: 0, dots: 0, ratings: 0 });
  });
});

describe('removeParticipant', () => {
  it('takes the guest off the list, keeps their notes as anonymous and withdraws their dots', () => {
    const workshop = removeParticipant(withGuestActivity(), { participantId: 'p-cy', now: minuteAfter(4) });
    expect(workshop.participants.map((participant) => participant.id)).toEqual(['p-ana', 'p-ben']);
    expect(workshop.notes.map((note) => [note.id, note.authorParticipantId])).toEqual([
      ['n1', null],
      ['n2', 'p-ana'],
    ]);
    expect(workshop.dotVotes).toEqual([]);
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('changes nothing for someone not on the list', () => {
    const workshop = withGuestActivity();
    expect(removeParticipant(workshop, { participantId: 'ghost', now: minuteAfter(4) })).toBe(workshop);
  });
});
