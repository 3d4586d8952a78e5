import { describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL, STAGE_ONE_GUIDE } from '../frameworks/builtin';
import { castDot } from './dot-voting';
import { revealNotes } from './note-visibility';
import { applied, minuteAfter } from './sample-workshop';
import { templateFromWorkshop, workshopFromTemplate } from './workshop-from-template';
import { addNote } from './workshop-notes';
import { WorkshopSchema } from './workshop-schema';
import { WorkshopTemplateSchema, templateMinutes, type WorkshopTemplate } from './workshop-template-schema';
import { BUILT_IN_WORKSHOP_TEMPLATES, KICKOFF_TEMPLATE, MATURITY_ASSESSMENT_TEMPLATE, ROADMAP_PLANNING_TEMPLATE } from './workshop-templates';

const counter = () => {
  let next = 0;
  return () => `id-${(next += 1)}`;
};

const fromTemplate = (template: WorkshopTemplate) =>
  workshopFromTemplate(template, {
    ids: counter(),
    now: minuteAfter(0),
    engagementId: 'e1',
    date: '2026-11-22',
    participants: [{ stakeholderId: 's-ana', name: 'Ana Ruiz', role: 'Sponsor' }, { name: 'Guest' }, { id: 'p-own', name: 'Own id' }],
  });

describe('built-in workshop templates', () => {
  it.each(BUILT_IN_WORKSHOP_TEMPLATES.map((template) => [template.name, template] as const))('%s is valid, timed, has a break and makes a valid workshop', (_name, template) => {
    expect(WorkshopTemplateSchema.safeParse(template).error?.issues ?? []).toEqual([]);
    expect(template.objectives.length).toBeGreaterThan(40);
    expect(template.agenda.some((item) => item.method === 'break')).toBe(true);
    expect(templateMinutes(template)).toBeGreaterThanOrEqual(90);
    expect(templateMinutes(template)).toBeLessThanOrEqual(4 * 60);
    const workshop = fromTemplate(template);
    expect(WorkshopSchema.safeParse(workshop).error?.issues ?? []).toEqual([]);
  });

  it('are five, with unique ids and the names the product promises', () => {
    expect(BUILT_IN_WORKSHOP_TEMPLATES.map((template) => template.name)).toEqual([
      'From Hierarchy to Emergent: kickoff',
      'Maturity assessment',
      'Roadmap planning',
      'KPIs and measurement',
      'Stakeholders and champions',
    ]);
    expect(new Set(BUILT_IN_WORKSHOP_TEMPLATES.map((template) => template.id)).size).toBe(5);
  });

  it('the kickoff covers each of the six moves', () => {
    const linked = new Set(KICKOFF_TEMPLATE.agenda.flatMap((item) => item.linkedTo));
    for (const move of STAGE_ONE_GUIDE.moves) expect(linked).toContain(move.id);
  });

  it('the maturity assessment votes on all eight competencies', () => {
    const vote = MATURITY_ASSESSMENT_TEMPLATE.agenda.find((item) => item.method === 'maturity-vote')!;
    expect(vote.linkedTo).toEqual(COMMUNITY_MATURITY_MODEL.competencies.map((competency) => competency.id));
    expect(MATURITY_ASSESSMENT_TEMPLATE.agenda.some((item) => item.method === 'discussion')).toBe(true);
  });

  it('the roadmap planning covers four phases, inside and outside', () => {
    const phases = ROADMAP_PLANNING_TEMPLATE.agenda.filter((item) => item.key.startsWith('phase-'));
    expect(phases.map((item) => item.key)).toEqual(['phase-1', 'phase-2', 'phase-3', 'phase-4']);
    for (const phase of phases) expect(phase.prompt).toMatch(/Inside:.*Outside:/s);
  });
});

describe('workshopFromTemplate', () => {
  it('takes ids in order (workshop, items, then participants without one) and links dot votes to new ids', () => {
    const workshop = fromTemplate(KICKOFF_TEMPLATE);
    expect(workshop.id).toBe('id-1');
    expect(workshop.agenda.map((item) => item.id)).toEqual(KICKOFF_TEMPLATE.agenda.map((_, index) => `id-${index + 2}`));
    expect(workshop.participants.map((participant) => [participant.id, participant.stakeholderId, participant.name, participant.role])).toEqual([
      ['id-11', 's-ana', 'Ana Ruiz', 'Sponsor'],
      ['id-12', null, 'Guest', ''],
      ['p-own', null, 'Own id', ''],
    ]);
    const vote = workshop.agenda.find((item) => item.method === 'dot-vote')!;
    expect(vote.linkedTo).toEqual([workshop.agenda[1]!.id]);
    expect(workshop).toMatchObject({ title: KICKOFF_TEMPLATE.name, status: 'planned', templateId: KICKOFF_TEMPLATE.id, engagementId: 'e1', date: '2026-11-22', objectives: KICKOFF_TEMPLATE.objectives });
  });

  it('gives the same workshop for the same inputs', () => {
    expect(fromTemplate(ROADMAP_PLANNING_TEMPLATE)).toEqual(fromTemplate(ROADMAP_PLANNING_TEMPLATE));
  });
});

describe('templateFromWorkshop', () => {
  it('keeps the plan and strips people, notes and votes, so it makes the same plan again', () => {
    let workshop = fromTemplate(KICKOFF_TEMPLATE);
    const brainstorm = workshop.agenda[1]!;
    const vote = workshop.agenda[2]!;
    workshop = applied(addNote(workshop, { id: 'n1', agendaItemId: brainstorm.id, text: 'Agency runs it', now: minuteAfter(1) }));
    workshop = revealNotes(workshop, brainstorm.id, minuteAfter(2));
    workshop = applied(castDot(workshop, { agendaItemId: vote.id, participantId: 'id-11', targetId: 'n1', id: 'v1', now: minuteAfter(3) }));
    workshop = { ...workshop, agenda: workshop.agenda.map((item) => (item.id === vote.id ? { ...item, resultsRevealed: true, plannedMinutes: 12 } : item)) };

    const template = templateFromWorkshop(workshop, { id: 'my-kickoff', name: 'My kickoff' });
    expect(WorkshopTemplateSchema.safeParse(template).success).toBe(true);
    expect(template).toMatchObject({ id: 'my-kickoff', name: 'My kickoff', builtIn: false, objectives: KICKOFF_TEMPLATE.objectives });
    expect(JSON.stringify(template)).not.toMatch(/Agency runs it|Ana Ruiz|id-\d/);
    expect(template.agenda[2]).toMatchObject({ key: 'item-3', linkedTo: ['item-2'], plannedMinutes: 12, dotBudget: 3 });

    const again = fromTemplate(template);
    expect(again.agenda.map(({ id: _id, linkedTo: _links, ...rest }) => rest)).toEqual(
      workshop.agenda.map(({ id: _id, linkedTo: _links, ...rest }) => ({ ...rest, resultsRevealed: false })),
    );
    expect(again.notes).toEqual([]);
  });
});
