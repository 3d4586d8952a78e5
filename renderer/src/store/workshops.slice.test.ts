import { describe, expect, it } from 'vitest';
import { KICKOFF_TEMPLATE } from '../../../shared/workshop';
import { sampleWorkshop } from '../../../shared/workshop/sample-workshop';
import { createFakeApi } from '../test/fake-api';
import { aClient } from '../test/factories';
import { createCairnStore } from './cairn-store';

function setup() {
  let n = 0;
  const store = createCairnStore({ now: () => new Date('2026-11-22T10:00:00.000Z'), newId: () => `id${++n}` });
  store.getState().addClient(aClient({ id: 'c', workshops: [sampleWorkshop()] }));
  const state = () => store.getState();
  const workshop = (id = 'w1') => state().docs['c']!.workshops.find((candidate) => candidate.id === id)!;
  return { store, state, workshop };
}

describe('workshops slice', () => {
  it('creates a workshop from a template with the chosen participants, and a blank one', () => {
    const { state, workshop } = setup();
    const id = state().createWorkshop('c', {
      engagementId: 'e1',
      title: '',
      date: '2026-12-03',
      place: 'Munich HQ',
      template: KICKOFF_TEMPLATE,
      participants: [{ stakeholderId: 's1', name: 'Zoë Lefèvre' }, { name: 'Guest from IT' }],
    })!;
    expect(workshop(id)).toMatchObject({ title: KICKOFF_TEMPLATE.name, place: 'Munich HQ', templateId: KICKOFF_TEMPLATE.id, status: 'planned' });
    expect(workshop(id).agenda.map((item) => item.title)).toEqual(KICKOFF_TEMPLATE.agenda.map((item) => item.title));
    expect(workshop(id).participants.map((p) => [p.name, p.stakeholderId])).toEqual([['Zoë Lefèvre', 's1'], ['Guest from IT', null]]);
    const blank = state().createWorkshop('c', { engagementId: 'e1', title: 'Steering check-in', date: '2026-12-10', place: '', template: null, participants: [] })!;
    expect(workshop(blank)).toMatchObject({ title: 'Steering check-in', agenda: [], templateId: null });
  });

  it('edits the agenda: add, retitle, reorder, delete, and undo brings the old order back', () => {
    const { store, state, workshop } = setup();
    const added = state().addAgendaItem('c', 'w1', 'discussion');
    expect(added.ok).toBe(true);
    const itemId = added.ok ? added.id! : '';
    state().updateAgendaItem('c', 'w1', itemId, { title: 'Open questions', plannedMinutes: 25 });
    state().moveAgendaItem('c', 'w1', itemId, 0);
    expect(workshop().agenda.map((item) => item.id)).toEqual([itemId, 'i-brain', 'i-dots', 'i-rate', 'i-break', 'i-wrap']);
    expect(workshop().agenda[0]).toMatchObject({ title: 'Open questions', plannedMinutes: 25, method: 'discussion' });
    store.temporal.getState().undo();
    expect(workshop().agenda.map((item) => item.id)[0]).toBe('i-brain');
    state().deleteAgendaItem('c', 'w1', 'i-break');
    expect(workshop().agenda.some((item) => item.id === 'i-break')).toBe(false);
  });

  it('refuses to delete or re-method an item that holds notes, and to lower a dot budget below dots placed', () => {
    const { state, workshop } = setup();
    const note = state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'Silos' });
    state().revealNotes('c', 'w1', 'i-brain');
    const targetId = note.ok ? note.id! : '';
    state().castDot('c', 'w1', { agendaItemId: 'i-dots', participantId: 'p-ana', targetId });
    state().castDot('c', 'w1', { agendaItemId: 'i-dots', participantId: 'p-ana', targetId });
    const before = state().docs['c'];
    expect(state().deleteAgendaItem('c', 'w1', 'i-brain')).toEqual({ ok: false, message: 'This item cannot be deleted: it holds notes from the workshop.' });
    expect(state().updateAgendaItem('c', 'w1', 'i-brain', { method: 'discussion' })).toEqual({ ok: false, message: expect.stringContaining('method cannot change') });
    expect(state().updateAgendaItem('c', 'w1', 'i-dots', { dotBudget: 1 })).toEqual({ ok: false, message: expect.stringContaining('budget of 1 dots') });
    expect(state().docs['c']).toBe(before);
    expect(state().updateAgendaItem('c', 'w1', 'i-dots', { dotBudget: 4 }).ok).toBe(true);
    expect(workshop().agenda[1]!.dotBudget).toBe(4);
  });

  it('adds stakeholders once and ad-hoc names freely; keeps people who already voted', () => {
    const { state, workshop } = setup();
    expect(state().addWorkshopParticipant('c', 'w1', { stakeholderId: 's-ana', name: 'Ana Ruiz' })).toEqual({ ok: false, message: 'Ana Ruiz is already on the list.' });
    expect(state().addWorkshopParticipant('c', 'w1', { stakeholderId: null, name: '  Dana from IT ' }).ok).toBe(true);
    expect(workshop().participants.at(-1)).toMatchObject({ name: 'Dana from IT', stakeholderId: null });
    state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'A note', authorParticipantId: 'p-ben' });
    expect(state().removeWorkshopParticipant('c', 'w1', 'p-ben')).toEqual({ ok: false, message: expect.stringContaining('Ben Okafor wrote notes') });
    expect(state().removeWorkshopParticipant('c', 'w1', 'p-cy').ok).toBe(true);
    expect(workshop().participants.map((p) => p.id)).not.toContain('p-cy');
  });

  it('removes a guest who wrote notes: the notes stay, anonymous, and undo brings the guest back', () => {
    const { store, state, workshop } = setup();
    state().addNote('c', 'w1', { agendaItemId: 'i-brain', text: 'From HR', authorParticipantId: 'p-cy' });
    expect(state().removeWorkshopParticipant('c', 'w1', 'p-cy').ok).toBe(true);
    expect(workshop().participants.map((p) => p.id)).not.toContain('p-cy');
    expect(workshop().notes.at(-1)).toMatchObject({ text: 'From HR', authorParticipantId: null });
    store.undo();
    expect(workshop().participants.map((p) => p.id)).toContain('p-cy');
    expect(workshop().notes.at(-1)).toMatchObject({ authorParticipantId: 'p-cy' });
  });

  it('saves a workshop as the consultant’s template, lists it, and deletes it', async () => {
    const { state } = setup();
    const api = createFakeApi();
    expect(await state().saveWorkshopAsTemplate(api, 'c', 'w1', '  Half-day kickoff ', 'Our usual plan')).toBeNull();
    const [saved] = state().workshopTemplateLibrary;
    expect(saved).toMatchObject({ name: 'Half-day kickoff', description: 'Our usual plan', builtIn: false });
    expect(saved!.agenda.map((item) => item.title)).toEqual(['Where we stand', 'What worries us most', 'Rate three competencies', 'Break', 'Decisions and actions']);
    expect(saved!.agenda[1]!.linkedTo).toEqual(['item-1']);
    state().workshopTemplateLibrary = [];
    expect(await state().loadWorkshopTemplates(api)).toBeNull();
    expect(state().workshopTemplateLibrary).toHaveLength(1);
    expect(await state().deleteWorkshopTemplate(api, saved!.id)).toBeNull();
    expect(state().workshopTemplateLibrary).toEqual([]);
  });
});
