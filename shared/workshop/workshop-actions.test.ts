import { describe, expect, it } from 'vitest';
import { revealNotes } from './note-visibility';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { ACTION_ORDER_RULE, addAction, addDecision, collectActions, isOverdue, noteToAction, updateAction } from './workshop-actions';
import { addNote } from './workshop-notes';
import { WorkshopSchema, type ActionStatus, type Workshop } from './workshop-schema';

describe('addDecision', () => {
  it('records a decision at the time given, optionally tied to an item', () => {
    const workshop = applied(addDecision(sampleWorkshop(), { id: 'd1', text: ' Ana leads the social effort ', agendaItemId: 'i-wrap', now: minuteAfter(70) }));
    expect(workshop.decisions).toEqual([{ id: 'd1', text: 'Ana leads the social effort', agendaItemId: 'i-wrap', decidedAt: minuteAfter(70) }]);
    expect(addDecision(workshop, { id: 'd2', text: ' ', now: minuteAfter(71) }).ok).toBe(false);
    expect(addDecision(workshop, { id: 'd1', text: 'x', now: minuteAfter(71) }).ok).toBe(false);
    expect(addDecision(workshop, { id: 'd2', text: 'x', agendaItemId: 'ghost', now: minuteAfter(71) }).ok).toBe(false);
  });
});

describe('addAction and updateAction', () => {
  it('takes the owner’s name from the participant list when only a stakeholder is given', () => {
    const workshop = applied(addAction(sampleWorkshop(), { id: 'a1', what: 'Draft a listening plan', ownerStakeholderId: 's-ben', dueDate: '2026-12-01', now: minuteAfter(70) }));
    expect(workshop.actions[0]).toEqual({ id: 'a1', what: 'Draft a listening plan', ownerName: 'Ben Okafor', ownerStakeholderId: 's-ben', dueDate: '2026-12-01', status: 'open', sourceNoteId: null, createdAt: minuteAfter(70) });
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('changes status, date and owner', () => {
    let workshop = applied(addAction(sampleWorkshop(), { id: 'a1', what: 'Draft a plan', ownerName: 'Dee', now: minuteAfter(70) }));
    workshop = applied(updateAction(workshop, { actionId: 'a1', status: 'in-progress', dueDate: '2027-01-10', ownerStakeholderId: 's-ana', ownerName: '', now: minuteAfter(71) }));
    expect(workshop.actions[0]).toMatchObject({ status: 'in-progress', dueDate: '2027-01-10', ownerName: 'Ana Ruiz', ownerStakeholderId: 's-ana' });
  });

  it.each<[string, Parameters<typeof addAction>[1], string]>([
    ['an empty what', { id: 'a1', what: '  ', now: minuteAfter(1) }, 'An action needs to say what is to be done.'],
    ['a date that is not a date', { id: 'a1', what: 'x', dueDate: 'next week', now: minuteAfter(1) }, 'The due date should be a calendar date such as 2026-12-01.'],
    ['a missing source note', { id: 'a1', what: 'x', sourceNoteId: 'ghost', now: minuteAfter(1) }, 'That note no longer exists.'],
  ])('refuses %s', (_label, input, message) => {
    expect(addAction(sampleWorkshop(), input)).toEqual({ ok: false, message });
  });
});

describe('noteToAction', () => {
  const withNote = () => applied(addNote(sampleWorkshop(), { id: 'n1', agendaItemId: 'i-brain', text: 'Nobody answers customers on weekends', now: minuteAfter(1) }));

  it('carries the note’s text and a link back to it', () => {
    const workshop = applied(noteToAction(revealNotes(withNote(), 'i-brain', minuteAfter(2)), { noteId: 'n1', id: 'a1', ownerName: 'Ben', now: minuteAfter(3) }));
    expect(workshop.actions[0]).toMatchObject({ what: 'Nobody answers customers on weekends', sourceNoteId: 'n1', ownerName: 'Ben', status: 'open' });
  });

  it('refuses a note still hidden, and a missing one', () => {
    expect(noteToAction(withNote(), { noteId: 'n1', id: 'a1', now: minuteAfter(3) })).toEqual({ ok: false, message: 'Reveal the notes before turning one into an action.' });
    expect(noteToAction(withNote(), { noteId: 'zz', id: 'a1', now: minuteAfter(3) }).ok).toBe(false);
  });
});

describe('isOverdue', () => {
  it.each<[ActionStatus, string | null, boolean]>([
    ['open', '2026-11-21', true],
    ['in-progress', '2026-11-01', true],
    ['open', '2026-11-22', false],
    ['open', null, false],
    ['done', '2026-11-01', false],
    ['dropped', '2026-11-01', false],
  ])('%s due %s on 2026-11-22 → %s', (status, dueDate, expected) => {
    expect(isOverdue({ status, dueDate }, '2026-11-22')).toBe(expected);
  });
});

describe('collectActions', () => {
  /** Two workshops; [id, owner, stakeholder, due, status]. */
  function workshops(): Workshop[] {
    const make = (id: string, date: string, rows: [string, string, string | null, string | null, ActionStatus][]): Workshop => ({
      ...sampleWorkshop(),
      id,
      title: `Workshop ${id}`,
      date,
      actions: rows.map(([actionId, ownerName, ownerStakeholderId, dueDate, status], index) => ({ id: actionId, what: `Do ${actionId}`, ownerName, ownerStakeholderId, dueDate, status, sourceNoteId: null, createdAt: minuteAfter(index) })),
    });
    return [
      make('w1', '2026-09-01', [
        ['a-done', 'Ana Ruiz', 's-ana', '2026-09-15', 'done'],
        ['a-late', 'Ana Ruiz', 's-ana', '2026-10-01', 'open'],
        ['a-nodate', 'Dee', null, null, 'open'],
      ]),
      make('w2', '2026-11-01', [
        ['b-soon', 'dee ', null, '2026-12-01', 'in-progress'],
        ['b-late', 'Ben Okafor', 's-ben', '2026-11-10', 'in-progress'],
        ['b-dropped', 'Ben Okafor', 's-ben', null, 'dropped'],
      ]),
    ];
  }

  const ids = (filter: Omit<Parameters<typeof collectActions>[1], 'today'>) => collectActions(workshops(), { today: '2026-11-22', ...filter }).map((row) => row.action.id);

  it.each<[string, Omit<Parameters<typeof collectActions>[1], 'today'>, string[]]>([
    ['everything, open first and soonest first', {}, ['a-late', 'b-late', 'b-soon', 'a-nodate', 'a-done', 'b-dropped']],
    ['only overdue', { overdue: true }, ['a-late', 'b-late']],
    ['not overdue', { overdue: false }, ['b-soon', 'a-nodate', 'a-done', 'b-dropped']],
    ['one status', { status: 'open' }, ['a-late', 'a-nodate']],
    ['several statuses', { status: ['done', 'dropped'] }, ['a-done', 'b-dropped']],
    ['an owner by stakeholder id', { owner: 's-ben' }, ['b-late', 'b-dropped']],
    ['an owner by name, ignoring case and spaces', { owner: ' DEE' }, ['b-soon', 'a-nodate']],
    ['filters combined', { owner: 's-ana', overdue: true }, ['a-late']],
  ])('%s', (_label, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('says which workshop each action came from and whether it is overdue', () => {
    const [first] = collectActions(workshops(), { today: '2026-11-22' });
    expect(first).toMatchObject({ workshopId: 'w1', workshopTitle: 'Workshop w1', workshopDate: '2026-09-01', overdue: true });
    expect(ACTION_ORDER_RULE).toMatch(/overdue/);
  });
});
