import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../../../shared/workshop/sample-workshop';
import { createCairnStore } from './cairn-store';
import { aClient } from '../test/factories';

function setup() {
  let n = 0;
  let clock = Date.parse('2026-11-22T10:00:00.000Z');
  const store = createCairnStore({ now: () => new Date(clock), newId: () => `id${++n}` });
  store.getState().addClient(aClient({ id: 'c', workshops: [sampleWorkshop()] }));
  const state = () => store.getState();
  const workshop = () => state().docs['c']!.workshops[0]!;
  const advance = (ms: number) => (clock += ms);
  return { store, state, workshop, advance };
}

describe('facilitation slice', () => {
  it('adds a note to the client document at once, hidden in private mode, and reveals all together', () => {
    const { state, workshop } = setup();
    const before = state().docs['c'];
    const added = state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: '  Silos between stores  ', authorParticipantId: 'p-ana' });
    expect(added).toEqual({ ok: true, id: 'id1' });
    expect(state().docs['c']).not.toBe(before);
    expect(workshop().notes).toMatchObject([{ id: 'id1', text: 'Silos between stores', hidden: true, authorParticipantId: 'p-ana' }]);
    state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'No time to post' });
    state().revealNotes('c', 'w1', 'i-brain');
    expect(workshop().notes.map((note) => note.hidden)).toEqual([false, false]);
  });

  it('keeps each captured note one undo step, and the stored document frozen', () => {
    const { store, state, workshop } = setup();
    state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'First' });
    state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'Second' });
    expect(Object.isFrozen(state().docs['c'])).toBe(true);
    expect(Object.isFrozen(workshop().notes[1])).toBe(true);
    expect(state().docs['c']!.updatedAt).toBe('2026-11-22T10:00:00.000Z');
    store.temporal.getState().undo();
    expect(workshop().notes.map((note) => note.text)).toEqual(['First']);
  });

  it('refuses an empty note with a sentence and leaves the document alone', () => {
    const { state } = setup();
    const before = state().docs['c'];
    expect(state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: '   ' })).toEqual({ ok: false, message: 'A note needs some text.' });
    expect(state().docs['c']).toBe(before);
  });

  it('groups, renames, moves and merges notes', () => {
    const { state, workshop } = setup();
    const a = state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'A' });
    const b = state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'B' });
    const cluster = state().groupNotes('c', 'w1', { label: 'Culture', noteIds: [a.ok ? a.id! : ''] });
    expect(cluster.ok).toBe(true);
    const clusterId = cluster.ok ? cluster.id! : '';
    state().renameCluster('c', 'w1', { clusterId, label: 'Culture and trust' });
    state().moveNote('c', 'w1', { noteId: b.ok ? b.id! : '', clusterId });
    expect(workshop().clusters[0]!.label).toBe('Culture and trust');
    expect(workshop().notes.every((note) => note.clusterId === clusterId)).toBe(true);
    state().mergeNotes('c', 'w1', [a.ok ? a.id! : '', b.ok ? b.id! : '']);
    expect(workshop().notes).toHaveLength(1);
    expect(workshop().notes[0]!.text).toBe('A\nB');
  });

  it('refuses a dot over the budget with the participant named', () => {
    const { state, workshop } = setup();
    const note = state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'Silos' });
    state().revealNotes('c', 'w1', 'i-brain');
    const targetId = note.ok ? note.id! : '';
    for (let i = 0; i < 3; i += 1) expect(state().castDot('c', 'w1', { agendaItemId: 'i-dots', participantId: 'p-ana', targetId }).ok).toBe(true);
    const over = state().castDot('c', 'w1', { agendaItemId: 'i-dots', participantId: 'p-ana', targetId });
    expect(over).toEqual({ ok: false, message: expect.stringContaining('Ana Ruiz has already placed all 3 dots') });
    expect(workshop().dotVotes).toMatchObject([{ participantId: 'p-ana', dots: 3 }]);
  });

  it('runs the timer with the store clock: start, pause, extend, finish', () => {
    const { state, workshop, advance } = setup();
    state().timerCommand('c', 'w1', 'i-brain', { kind: 'start' });
    advance(60_000);
    state().timerCommand('c', 'w1', 'i-brain', { kind: 'pause' });
    state().timerCommand('c', 'w1', 'i-brain', { kind: 'extend', minutes: 5 });
    expect(workshop().agenda[0]!.timer).toMatchObject({ running: false, accumulatedMs: 60_000, extensionsMs: 300_000 });
    expect(workshop().status).toBe('running');
    state().timerCommand('c', 'w1', 'i-brain', { kind: 'finish' });
    expect(workshop().agenda[0]!.timer.done).toBe(true);
  });

  it('sends maturity votes into the engagement assessment as per-participant ratings, creating one when none exists', () => {
    const { state } = setup();
    state().setMaturityVote('c', 'w1', { agendaItemId: 'i-rate', participantId: 'p-ana', competencyId: 'strategy', stage: 2 });
    state().setMaturityVote('c', 'w1', { agendaItemId: 'i-rate', participantId: 'p-cy', competencyId: 'strategy', stage: 3 });
    const sent = state().sendRatingsToAssessment('c', 'w1', 'i-rate');
    expect(sent.ok).toBe(true);
    const assessment = state().docs['c']!.assessments[0]!;
    expect(assessment.engagementId).toBe('e1');
    expect(assessment.participantRatings.map((rating) => [rating.participantId, rating.competencyId, rating.stage])).toEqual([
      ['s-ana', 'strategy', 2],
      ['p-cy', 'strategy', 3],
    ]);
    expect(assessment.participants).toEqual([{ id: 'p-cy', label: 'Cy Walsh' }]);
    // A second send after a change updates the same rating instead of adding a second one.
    state().setMaturityVote('c', 'w1', { agendaItemId: 'i-rate', participantId: 'p-ana', competencyId: 'strategy', stage: 4 });
    state().sendRatingsToAssessment('c', 'w1', 'i-rate');
    const again = state().docs['c']!.assessments;
    expect(again).toHaveLength(1);
    expect(again[0]!.participantRatings.filter((rating) => rating.participantId === 's-ana')).toMatchObject([{ stage: 4 }]);
  });

  it('turns a revealed note into an action and into a roadmap initiative, but not a hidden one', () => {
    const { state, workshop } = setup();
    const note = state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'Launch an ambassador pilot' });
    const noteId = note.ok ? note.id! : '';
    expect(state().noteToInitiative('c', 'w1', noteId)).toEqual({ ok: false, message: 'Reveal the notes before turning one into an initiative.' });
    state().revealNotes('c', 'w1', 'i-brain');
    expect(state().noteToAction('c', 'w1', { noteId, ownerName: 'Ben', dueDate: '2026-12-15' }).ok).toBe(true);
    expect(workshop().actions).toMatchObject([{ what: 'Launch an ambassador pilot', ownerName: 'Ben', dueDate: '2026-12-15', status: 'open', sourceNoteId: noteId }]);
    const initiative = state().noteToInitiative('c', 'w1', noteId);
    expect(initiative.ok).toBe(true);
    expect(state().docs['c']!.initiatives).toMatchObject([{ title: 'Launch an ambassador pilot', engagementId: 'e1', phase: 'establish' }]);
  });
});
