import type { Client, Stakeholder } from '../domain/client';
import { buildDemoClient } from '../demo/demo-client';
import { sampleWorkshop } from '../workshop/sample-workshop';
import type { Workshop } from '../workshop/workshop-schema';
import type { DeliverableInput } from './deliverable-input';

/** Names that only render with a font covering Latin Extended (German, French, Spanish, Polish). */
export const ACCENTED_NAMES = ['Zoë Müller', 'François Lefèvre', 'Íñigo Peña', 'Łukasz Żółć'] as const;

export const FIXTURE_NOW = '2026-03-02T09:30:00.000Z';

/**
 * The demo client with four stakeholders whose names need Latin Extended glyphs, and one
 * finished workshop with notes, clusters, dots, decisions and actions, for deliverable
 * tests and benches. Deterministic: the same call gives the same input.
 */
export function deliverableFixture(overrides: Partial<DeliverableInput> = {}): DeliverableInput {
  let next = 0;
  const base = buildDemoClient({ newId: () => `fx-${(next += 1)}`, now: new Date(FIXTURE_NOW) });
  const engagement = [...base.engagements].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0]!;
  const template = base.stakeholders[0]!;
  const accented: Stakeholder[] = ACCENTED_NAMES.map((name, index) => ({
    ...template,
    id: `fx-accent-${index}`,
    name,
    title: ['Leiterin Kommunikation', 'Directeur général', 'Jefe de atención al cliente', 'Kierownik sprzedaży'][index]!,
    isSponsor: false,
    isChampion: index % 2 === 0,
    contactNotes: '',
  }));
  const sample = sampleWorkshop();
  const workshop: Workshop = {
    ...sample,
    id: 'fx-workshop',
    engagementId: engagement.id,
    title: 'Atelier de lancement – Kickoff',
    status: 'finished',
    objectives: 'Agree where Nordlicht stands today.\nChoose the first three moves for the roadmap.',
    participants: [
      ...sample.participants,
      { id: 'p-zoe', stakeholderId: 'fx-accent-0', name: ACCENTED_NAMES[0], role: 'Leiterin Kommunikation' },
      { id: 'p-lukasz', stakeholderId: 'fx-accent-3', name: ACCENTED_NAMES[3], role: 'Kierownik sprzedaży' },
    ],
    clusters: [{ id: 'c-listen', agendaItemId: 'i-brain', label: 'We do not listen yet', order: 0 }],
    notes: [
      { id: 'n1', agendaItemId: 'i-brain', text: 'Nobody owns the brand channels', authorParticipantId: 'p-zoe', clusterId: null, order: 0, hidden: false, createdAt: FIXTURE_NOW, updatedAt: FIXTURE_NOW },
      { id: 'n2', agendaItemId: 'i-brain', text: 'Complaints on social go unanswered for days', authorParticipantId: 'p-lukasz', clusterId: 'c-listen', order: 0, hidden: false, createdAt: FIXTURE_NOW, updatedAt: FIXTURE_NOW },
      { id: 'n3', agendaItemId: 'i-brain', text: 'No listening tool', authorParticipantId: null, clusterId: 'c-listen', order: 1, hidden: false, createdAt: FIXTURE_NOW, updatedAt: FIXTURE_NOW },
    ],
    dotVotes: [
      { id: 'v1', agendaItemId: 'i-dots', participantId: 'p-zoe', targetId: 'c-listen', dots: 2 },
      { id: 'v2', agendaItemId: 'i-dots', participantId: 'p-lukasz', targetId: 'n1', dots: 1 },
    ],
    decisions: [{ id: 'd1', text: 'Start a listening pilot in customer service this quarter.', agendaItemId: 'i-wrap', decidedAt: FIXTURE_NOW }],
    actions: [
      { id: 'a1', what: 'Shortlist three listening tools', ownerName: ACCENTED_NAMES[2], ownerStakeholderId: 'fx-accent-2', dueDate: '2026-03-20', status: 'open', sourceNoteId: 'n3', createdAt: FIXTURE_NOW },
      { id: 'a2', what: 'Draft the channel ownership matrix', ownerName: ACCENTED_NAMES[1], ownerStakeholderId: 'fx-accent-1', dueDate: '2026-02-20', status: 'in-progress', sourceNoteId: null, createdAt: FIXTURE_NOW },
    ],
  };
  const client: Client = { ...base, stakeholders: [...base.stakeholders, ...accented], workshops: [...base.workshops, workshop] };
  return {
    client,
    engagementId: engagement.id,
    profile: { name: 'Zoë Consultant', firm: 'Cairn & Partners', email: 'zoe@example.com', brandColour: '#1f6f5c', locale: 'en-GB' },
    logoDataUrl: null,
    frameworks: [],
    generatedAt: FIXTURE_NOW,
    appVersion: '0.0.0-test',
    ...overrides,
  };
}
