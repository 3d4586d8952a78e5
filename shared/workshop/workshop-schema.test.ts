import { describe, expect, it } from 'vitest';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { addNote } from './workshop-notes';
import { WorkshopSchema, type Workshop } from './workshop-schema';

/** The sample with notes, a cluster, dots, ratings, a decision and an action: every reference in use. */
function fullWorkshop(): Workshop {
  let workshop = sampleWorkshop();
  workshop = { ...workshop, agenda: workshop.agenda.map((item) => ({ ...item, privateNotes: false })) };
  workshop = applied(addNote(workshop, { id: 'n1', agendaItemId: 'i-brain', text: 'Agency runs our accounts', authorParticipantId: 'p-ana', now: minuteAfter(1) }));
  workshop = applied(addNote(workshop, { id: 'n2', agendaItemId: 'i-brain', text: 'No one owns the community', now: minuteAfter(2) }));
  return {
    ...workshop,
    clusters: [{ id: 'c1', agendaItemId: 'i-brain', label: 'Ownership', order: 0 }],
    notes: workshop.notes.map((note) => (note.id === 'n2' ? { ...note, clusterId: 'c1' } : note)),
    dotVotes: [
      { id: 'd1', agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'n1', dots: 2 },
      { id: 'd2', agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'c1', dots: 1 },
    ],
    maturityVotes: [{ id: 'm1', agendaItemId: 'i-rate', participantId: 'p-cy', competencyId: 'strategy', stage: 2 }],
    decisions: [{ id: 'dec1', text: 'Name a social lead', agendaItemId: 'i-wrap', decidedAt: minuteAfter(30) }],
    actions: [{ id: 'a1', what: 'Draft the lead role', ownerName: 'Ana Ruiz', ownerStakeholderId: 's-ana', dueDate: '2026-12-15', status: 'open', sourceNoteId: 'n2', createdAt: minuteAfter(31) }],
  };
}

const issuesOf = (workshop: unknown) => {
  const result = WorkshopSchema.safeParse(workshop);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('WorkshopSchema', () => {
  it('accepts a workshop whose every reference resolves', () => {
    expect(issuesOf(sampleWorkshop())).toEqual([]);
    expect(issuesOf(fullWorkshop())).toEqual([]);
  });

  it('fills in a participant role left out of an older file', () => {
    const { role: _role, ...bare } = sampleWorkshop().participants[0]!;
    const parsed = WorkshopSchema.parse({ ...sampleWorkshop(), participants: [bare] });
    expect(parsed.participants[0]!.role).toBe('');
  });

  it.each<[string, (workshop: Workshop) => Workshop, string]>([
    ['a repeated participant id', (w) => ({ ...w, participants: [...w.participants, { ...w.participants[0]!, stakeholderId: null }] }), 'participants.3.id: repeats the id "p-ana"'],
    ['the same stakeholder twice', (w) => ({ ...w, participants: [...w.participants, { ...w.participants[0]!, id: 'p-x' }] }), 'participants.3.stakeholderId: lists the same stakeholder a second time'],
    ['a repeated agenda id', (w) => ({ ...w, agenda: [...w.agenda, w.agenda[0]!] }), 'agenda.5.id: repeats the id "i-brain"'],
    ['a running timer without a start', (w) => ({ ...w, agenda: w.agenda.map((item, i) => (i === 0 ? { ...item, timer: { ...item.timer, running: true } } : item)) }), 'agenda.0.timer: should have a start time exactly when it is running'],
    ['a dot vote linked to nothing', (w) => ({ ...w, agenda: w.agenda.map((item) => (item.id === 'i-dots' ? { ...item, linkedTo: ['ghost'] } : item)) }), 'agenda.1.linkedTo.0: names no other agenda item ("ghost")'],
    ['a note on a missing item', (w) => ({ ...w, notes: w.notes.map((note) => (note.id === 'n1' ? { ...note, agendaItemId: 'ghost' } : note)) }), 'notes.0.agendaItemId: names no agenda item'],
    ['a note by a stranger', (w) => ({ ...w, notes: w.notes.map((note) => (note.id === 'n1' ? { ...note, authorParticipantId: 'p-zed' } : note)) }), 'notes.0.authorParticipantId: names no participant'],
    ['a note in a missing cluster', (w) => ({ ...w, notes: w.notes.map((note) => (note.id === 'n1' ? { ...note, clusterId: 'c9' } : note)) }), 'notes.0.clusterId: names no cluster'],
    ['a note in another item’s cluster', (w) => ({ ...w, clusters: [...w.clusters, { id: 'c2', agendaItemId: 'i-wrap', label: 'x', order: 0 }], notes: w.notes.map((note) => (note.id === 'n1' ? { ...note, clusterId: 'c2' } : note)) }), 'notes.0.clusterId: names a cluster of another agenda item'],
    ['a repeated note id', (w) => ({ ...w, notes: [...w.notes, w.notes[0]!] }), 'notes.2.id: repeats the id "n1"'],
    ['dots on a maturity item', (w) => ({ ...w, dotVotes: [{ ...w.dotVotes[0]!, agendaItemId: 'i-rate' }] }), 'dotVotes.0.agendaItemId: names no dot-vote agenda item'],
    ['dots on a missing target', (w) => ({ ...w, dotVotes: [{ ...w.dotVotes[0]!, targetId: 'zz' }] }), 'dotVotes.0.targetId: names no note or cluster'],
    ['dots over budget', (w) => ({ ...w, dotVotes: [...w.dotVotes, { id: 'd3', agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'n2', dots: 1 }] }), 'dotVotes.2.dots: takes the participant over the budget of 3 dots'],
    ['two records for one target', (w) => ({ ...w, dotVotes: [{ ...w.dotVotes[0]!, dots: 1 }, { ...w.dotVotes[0]!, id: 'd9', dots: 1 }] }), 'dotVotes.1: is a second record of the same participant’s dots on the same target'],
    ['a rating of an uncovered competency', (w) => ({ ...w, maturityVotes: [{ ...w.maturityVotes[0]!, competencyId: 'tools' }] }), 'maturityVotes.0.competencyId: is not one of the competencies this vote covers'],
    ['two ratings for one competency', (w) => ({ ...w, maturityVotes: [...w.maturityVotes, { ...w.maturityVotes[0]!, id: 'm2' }] }), 'maturityVotes.1: is a second rating by the same participant for the same competency'],
    ['a rating by a stranger', (w) => ({ ...w, maturityVotes: [{ ...w.maturityVotes[0]!, participantId: 'p-zed' }] }), 'maturityVotes.0.participantId: names no participant'],
    ['a decision on a missing item', (w) => ({ ...w, decisions: [{ ...w.decisions[0]!, agendaItemId: 'ghost' }] }), 'decisions.0.agendaItemId: names no agenda item'],
    ['an action from a missing note', (w) => ({ ...w, actions: [{ ...w.actions[0]!, sourceNoteId: 'ghost' }] }), 'actions.0.sourceNoteId: names no note'],
  ])('reports %s at its path', (_label, breakIt, expected) => {
    expect(issuesOf(breakIt(fullWorkshop()))).toContain(expected);
  });

  it('rejects an unknown method and a stage beyond any framework', () => {
    const broken = fullWorkshop();
    expect(issuesOf({ ...broken, agenda: [{ ...broken.agenda[0]!, method: 'lecture' }, ...broken.agenda.slice(1)] })).not.toEqual([]);
    expect(issuesOf({ ...broken, maturityVotes: [{ ...broken.maturityVotes[0]!, stage: 11 }] })).not.toEqual([]);
  });
});
