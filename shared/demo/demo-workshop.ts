import type { Stakeholder } from '../domain/client';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import {
  MATURITY_ASSESSMENT_TEMPLATE,
  ROADMAP_PLANNING_TEMPLATE,
  addAction,
  addDecision,
  addNote,
  castDot,
  groupNotes,
  newAgendaItem,
  revealNotes,
  setMaturityVote,
  setResultsRevealed,
  updateAction,
  workshopFromTemplate,
  type ActionStatus,
  type TemplateParticipant,
  type Workshop,
} from '../workshop';
import { applied } from '../workshop/sample-workshop';
import { REASSESSMENT_RATINGS } from './demo-maturity';

/**
 * The demo client's workshops: the maturity reassessment workshop held three weeks before
 * "today", facilitated from the built-in template (notes clustered and dot-voted, every
 * rater's stages, decisions and actions, some now overdue), and a roadmap workshop planned
 * for a fortnight ahead. The ratings are the ones the demo reassessment records, so the
 * workshop and the assessment tell the same story.
 */
export interface DemoWorkshopInputs {
  newId: () => string;
  /** Calendar date the demo treats as today. */
  today: string;
  engagementId: string;
  stakeholders: readonly Stakeholder[];
}

/** Days between the reassessment workshop and today; some actions fall due in between. */
export const DEMO_WORKSHOP_DAYS_AGO = 21;

const OTHER_PARTICIPANTS = ['Inés Castañeda', 'Anneliese Groß'];
const WORKS_COUNCIL = { name: 'Petra Hofmann', role: 'Works council' };

/** Evidence notes by cluster: [author (or null), text]. */
const EVIDENCE: ReadonlyArray<readonly [cluster: string, notes: ReadonlyArray<readonly [string | null, string]>]> = [
  [
    'Community management is real now',
    [
      ['Małgorzata Wiśniewska', 'Weekly moderation rota with the three volunteers since April'],
      ['José Martínez Ortega', 'Forum questions answered within a day, most within four hours'],
      [null, 'Trail challenge threads get more replies than any brand post'],
    ],
  ],
  [
    'Head office still waits for permission',
    [
      ['Søren Østergaard', 'Product team does not post without a sign-off from Marketing'],
      [null, 'Store staff share hike photos in WhatsApp, never on the brand accounts'],
      ['Petra Hofmann', 'Staff guidelines are still a draft; people are unsure what they may say'],
    ],
  ],
  [
    'We count activity, not outcomes',
    [
      ['Anneliese Groß', 'No number links the club to repeat purchases'],
      ['Zoë Lefèvre', 'The agency report still leads with follower counts'],
      [null, 'Resolution time is tracked but nobody reviews it monthly'],
    ],
  ],
  [
    'Listening has started',
    [
      ['Inés Castañeda', 'Listening tool licensed; two complaints caught before the press did'],
      ['Jürgen Baumgärtner', 'I now open the quarterly Trail Club call myself'],
    ],
  ],
];

/** Dots per participant on clusters (by label), three each. */
const DOTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Jürgen Baumgärtner', ['We count activity, not outcomes', 'We count activity, not outcomes', 'Head office still waits for permission']],
  ['Zoë Lefèvre', ['We count activity, not outcomes', 'Head office still waits for permission', 'Head office still waits for permission']],
  ['José Martínez Ortega', ['We count activity, not outcomes', 'Community management is real now', 'Head office still waits for permission']],
  ['Małgorzata Wiśniewska', ['Head office still waits for permission', 'Head office still waits for permission', 'We count activity, not outcomes']],
  ['Søren Østergaard', ['We count activity, not outcomes', 'Listening has started', 'Head office still waits for permission']],
  ['Anneliese Groß', ['We count activity, not outcomes', 'We count activity, not outcomes', 'We count activity, not outcomes']],
  ['Petra Hofmann', ['Head office still waits for permission', 'Head office still waits for permission', 'We count activity, not outcomes']],
];

const DECISIONS = [
  'Culture stays at Hierarchy for now: head office and the stores see it differently. We revisit it after the ambassador pilot.',
  'Metrics & Measurement is the gap to close first: the KPI page shows retention and basket value from the next steering meeting on.',
  'Target for all eight competencies: Community (stage 3) within 18 months.',
  'The staff guidelines go to the works council together with the ambassador pilot, not on their own.',
];

/** [what, owner (stakeholder name or free text), due in days from the workshop (null: no date), status]. */
const ACTIONS: ReadonlyArray<readonly [string, string, number | null, ActionStatus]> = [
  ['Write the agreed stages and evidence into the reassessment', 'Consultant', 3, 'done'],
  ['Collect examples of store staff posting for the culture rating', 'Małgorzata Wiśniewska', 7, 'done'],
  ['Send the draft staff guidelines and the ambassador pilot to the works council', 'François Dubois', 10, 'open'],
  ['Propose listening search terms for Product Development', 'Søren Østergaard', 12, 'open'],
  ['Route complaints from the listening tool into the service inbox', 'José Martínez Ortega', 14, 'in-progress'],
  ['Draft a KPI page linking Trail Club activity to repeat purchases and basket value', 'Zoë Lefèvre', 28, 'open'],
  ['Brief the CFO on the measurement plan before the steering meeting', 'Jürgen Baumgärtner', 25, 'open'],
  ['Find a champion in Sales & Commerce', 'Zoë Lefèvre', null, 'open'],
];

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function buildDemoWorkshops(inputs: DemoWorkshopInputs): Workshop[] {
  const { newId } = inputs;
  const heldOn = addDays(inputs.today, -DEMO_WORKSHOP_DAYS_AGO);
  let minute = 0;
  /** Timestamps through the workshop day, one minute per edit, from 09:00 UTC. */
  const at = () => new Date(Date.parse(`${heldOn}T09:00:00.000Z`) + (minute += 1) * 60_000).toISOString();
  const stakeholder = (name: string) => inputs.stakeholders.find((candidate) => candidate.name === name);
  const asParticipant = (name: string): TemplateParticipant[] => {
    const found = stakeholder(name);
    return found ? [{ stakeholderId: found.id, name: found.name, role: found.title }] : [];
  };

  const raters = REASSESSMENT_RATINGS.map(([name]) => name);
  const people = [...raters, ...OTHER_PARTICIPANTS].flatMap(asParticipant);
  let workshop = workshopFromTemplate(MATURITY_ASSESSMENT_TEMPLATE, {
    ids: newId,
    now: at(),
    engagementId: inputs.engagementId,
    date: heldOn,
    title: 'Maturity reassessment workshop',
    place: 'Munich head office, Zugspitze room',
    participants: [...people, WORKS_COUNCIL],
  });
  const item = (key: string) => workshop.agenda[MATURITY_ASSESSMENT_TEMPLATE.agenda.findIndex((entry) => entry.key === key)]!;
  const evidenceId = item('evidence').id;
  const ratingId = item('rating').id;
  const wrapUpId = item('wrap-up').id;
  const dotItem = newAgendaItem({ id: newId(), title: 'Which gaps matter most', method: 'dot-vote', plannedMinutes: 10, linkedTo: [evidenceId], dotBudget: 3, prompt: 'Three dots each on the themes that hold us back most.' });
  const agenda = [...workshop.agenda];
  agenda.splice(agenda.indexOf(item('evidence')) + 1, 0, dotItem);
  workshop = { ...workshop, agenda };
  const participantId = (name: string) => workshop.participants.find((participant) => participant.name === name)!.id;

  // The evidence brainstorm, typed in private mode and revealed together, then clustered.
  const clusterIds = new Map<string, string>();
  for (const [label, notes] of EVIDENCE) {
    const noteIds = notes.map(([author, text]) => {
      const id = newId();
      workshop = applied(addNote(workshop, { id, agendaItemId: evidenceId, text, authorParticipantId: author === null ? null : participantId(author), now: at() }));
      return id;
    });
    clusterIds.set(label, newId());
    workshop = revealNotes(workshop, evidenceId, at());
    workshop = applied(groupNotes(workshop, { clusterId: clusterIds.get(label)!, label, noteIds, now: at() }));
  }
  for (const [name, targets] of DOTS) {
    for (const label of targets) workshop = applied(castDot(workshop, { agendaItemId: dotItem.id, participantId: participantId(name), targetId: clusterIds.get(label)!, id: newId(), now: at() }));
  }
  workshop = setResultsRevealed(workshop, { agendaItemId: dotItem.id, revealed: true, now: at() });

  // Every rater places every competency: the same stages the reassessment records.
  for (const [name, stages] of REASSESSMENT_RATINGS) {
    COMMUNITY_MATURITY_MODEL.competencies.forEach((competency, index) => {
      workshop = applied(setMaturityVote(workshop, { agendaItemId: ratingId, participantId: participantId(name), competencyId: competency.id, stage: stages[index]!, id: newId(), now: at() }));
    });
  }
  workshop = setResultsRevealed(workshop, { agendaItemId: ratingId, revealed: true, now: at() });

  for (const text of DECISIONS) workshop = applied(addDecision(workshop, { id: newId(), text, agendaItemId: wrapUpId, now: at() }));
  for (const [what, owner, dueIn, status] of ACTIONS) {
    const id = newId();
    const known = stakeholder(owner);
    workshop = applied(addAction(workshop, { id, what, ownerName: owner, ownerStakeholderId: known?.id ?? null, dueDate: dueIn === null ? null : addDays(heldOn, dueIn), now: at() }));
    if (status !== 'open') workshop = applied(updateAction(workshop, { actionId: id, status, now: at() }));
  }

  // The day ran to plan: every item closed with its planned time used.
  const held: Workshop = {
    ...workshop,
    // The afternoon the sponsor gave the workshop.
    availableMinutes: 240,
    status: 'finished',
    agenda: workshop.agenda.map((entry) => ({ ...entry, timer: { ...entry.timer, accumulatedMs: entry.plannedMinutes * 60_000, done: true } })),
  };

  const roadmap = workshopFromTemplate(ROADMAP_PLANNING_TEMPLATE, {
    ids: newId,
    now: at(),
    engagementId: inputs.engagementId,
    date: addDays(inputs.today, 16),
    title: 'Roadmap planning: first phase',
    place: 'Munich head office, Zugspitze room',
    participants: ['Jürgen Baumgärtner', 'Zoë Lefèvre', 'José Martínez Ortega', 'Małgorzata Wiśniewska', 'Łukasz Kowalczyk', 'François Dubois'].flatMap(asParticipant),
  });
  // A whole day is booked for roadmap planning.
  return [held, { ...roadmap, availableMinutes: 420 }];
}
