import { describe, expect, it } from 'vitest';
import { deliverableFixture } from '../deliverable-fixture';
import { AGENDA_METHOD_LABELS, agendaSchedule, buildAgendaDocument } from './build-agenda';
import type { PdfContent } from './pdf-doc-types';

const text = (content: PdfContent): string => {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(text).join(' ');
  return [content.text, content.stack, content.columns, content.ul, content.ol, content.table?.body].filter((child) => child !== undefined).map((child) => text(child as PdfContent)).join(' ');
};

describe('agendaSchedule', () => {
  const workshop = { agenda: [{ plannedMinutes: 20 }, { plannedMinutes: 15 }, { plannedMinutes: 50 }].map((item, index) => ({ ...item, id: `i${index}`, title: `Item ${index}`, method: 'discussion' as const, prompt: '' })) };

  it('starts each item when the one before it is planned to end', () => {
    const schedule = agendaSchedule(workshop as never, '13:30');
    expect(schedule.items.map((item) => `${item.start}–${item.end}`)).toEqual(['13:30–13:50', '13:50–14:05', '14:05–14:55']);
    expect(schedule).toMatchObject({ start: '13:30', end: '14:55', totalMinutes: 85 });
  });

  it('starts at nine when no start is given', () => {
    expect(agendaSchedule(workshop as never).items[0]!.start).toBe('09:00');
  });
});

describe('buildAgendaDocument', () => {
  const input = deliverableFixture();
  const workshop = input.client.workshops.find((candidate) => candidate.id === 'fx-workshop')!;

  it('shows the workshop, client, date, place, objectives, participants and every timed item with its method', () => {
    const all = text(buildAgendaDocument(input, workshop.id).content);
    for (const expected of [workshop.title, input.client.name, '22 November 2026', workshop.place, 'Choose the first three moves', 'Zoë Müller', 'Łukasz Żółć', '09:00–09:20', '09:20–09:30']) {
      expect(all).toContain(expected);
    }
    for (const item of workshop.agenda) {
      expect(all).toContain(item.title);
      expect(all).toContain(AGENDA_METHOD_LABELS[item.method]);
    }
  });

  it('shrinks the type and drops prompts for a long agenda rather than running onto a second page', () => {
    const long = { ...workshop, agenda: Array.from({ length: 30 }, (_, index) => ({ ...workshop.agenda[0]!, id: `long-${index}`, prompt: 'A long question put to the room, long enough to wrap over two lines in the agenda table. '.repeat(2) })) };
    const doc = buildAgendaDocument({ ...input, client: { ...input.client, workshops: [long] } }, long.id);
    expect((doc.defaultStyle?.fontSize ?? 0)).toBeLessThan(9.5);
    expect(text(doc.content)).not.toContain('A long question');
    const short = { ...workshop, agenda: workshop.agenda.map((item) => ({ ...item, prompt: 'What do we see today?' })) };
    expect(text(buildAgendaDocument({ ...input, client: { ...input.client, workshops: [short] } }, short.id).content)).toContain('What do we see today?');
  });

  it('refuses a workshop the client does not have', () => {
    expect(() => buildAgendaDocument(input, 'nope')).toThrow(/not one of/);
  });
});
