import type { AgendaMethod, Workshop } from '../../workshop/workshop-schema';
import type { DeliverableInput } from '../deliverable-input';
import type { PdfContent, PdfNode, ReportDocument } from './pdf-doc-types';
import { isDarkColour, mixWithWhite } from '../../design/colour';
import { CONTENT_WIDTH, INK, MUTED, PAGE, RULE, brandColour, labelSpacing, longDate, tableLayout } from './report-style';

export const AGENDA_METHOD_LABELS: Record<AgendaMethod, string> = {
  discussion: 'Discussion',
  brainstorm: 'Brainstorm',
  'dot-vote': 'Dot vote',
  'maturity-vote': 'Maturity vote',
  'decisions-actions': 'Decisions and actions',
  break: 'Break',
};

/** When the day starts if nothing else is said (workshops store a date, not a time). */
export const DEFAULT_AGENDA_START = '09:00';

export interface ScheduledItem {
  id: string;
  title: string;
  method: AgendaMethod;
  prompt: string;
  minutes: number;
  /** "09:15" */
  start: string;
  end: string;
}

const clock = (minutes: number): string => {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
};

/** Each agenda item's planned start and end: the day's start plus the planned minutes before it. */
export function agendaSchedule(workshop: Pick<Workshop, 'agenda'>, start: string = DEFAULT_AGENDA_START): { items: ScheduledItem[]; totalMinutes: number; start: string; end: string } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(start);
  const startMinutes = match ? Number(match[1]) * 60 + Number(match[2]) : 9 * 60;
  let at = startMinutes;
  const items = workshop.agenda.map((item) => {
    const scheduled = { id: item.id, title: item.title, method: item.method, prompt: item.prompt, minutes: item.plannedMinutes, start: clock(at), end: clock(at + item.plannedMinutes) };
    at += item.plannedMinutes;
    return scheduled;
  });
  return { items, totalMinutes: at - startMinutes, start: clock(startMinutes), end: clock(at) };
}

const duration = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

/** Rough lines of text at a given size across a width (Inter averages ~0.55 em a character). */
const lines = (text: string, width: number, size: number): number =>
  text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * size * 0.56) / width)), 0);

interface Density {
  scale: number;
  prompts: boolean;
}

/** Points the heading, date line and section labels take at scale 1. */
const FIXED_HEIGHT = 190;

/** Estimated height of the agenda's content at a density, in points. */
function estimatedHeight(workshop: Workshop, participants: string[], option: Density): number {
  const size = 9.5 * option.scale;
  const lineHeight = size * 1.25;
  const itemWidth = CONTENT_WIDTH - (62 + 78 + 40) * option.scale - 48;
  let height = FIXED_HEIGHT * option.scale;
  height += lines(workshop.objectives.trim(), CONTENT_WIDTH, size) * lineHeight;
  const half = Math.ceil(participants.length / 2);
  const column = (names: string[]) => names.reduce((sum, name) => sum + lines(name, CONTENT_WIDTH / 2 - 8, 9 * option.scale), 0);
  height += Math.max(column(participants.slice(0, half)), column(participants.slice(half))) * 9 * option.scale * 1.25;
  for (const item of workshop.agenda) {
    const titleLines = lines(item.title, itemWidth, size);
    const promptLines = option.prompts && item.method !== 'break' && item.prompt.trim() ? lines(item.prompt.trim(), itemWidth, 8.2 * option.scale) : 0;
    height += titleLines * lineHeight + promptLines * 8.2 * option.scale * 1.25 + 9 * option.scale;
  }
  return height;
}

/** The largest type scale (and whether prompts fit) for which the agenda stays on one page. */
function chooseDensity(workshop: Workshop, participants: string[]): Density {
  const usable = PAGE.height - 2 * 48 - 30;
  const options: Density[] = [
    ...[1, 0.94, 0.88, 0.82, 0.76].map((scale) => ({ scale, prompts: true })),
    ...[0.9, 0.8, 0.72, 0.64, 0.56].map((scale) => ({ scale, prompts: false })),
  ];
  return options.find((option) => estimatedHeight(workshop, participants, option) <= usable) ?? { scale: 0.5, prompts: false };
}

/**
 * A one-page agenda to hand out: the workshop, client, date and place, objectives,
 * participants, and the timed agenda with each item's method. Start times count from
 * DEFAULT_AGENDA_START (or `options.start`); the type scale shrinks, and prompts are
 * dropped if need be, so a long agenda still fits one page.
 */
export function buildAgendaDocument(input: DeliverableInput, workshopId: string, options: { start?: string } = {}): ReportDocument {
  const workshop = input.client.workshops.find((candidate) => candidate.id === workshopId);
  if (!workshop) throw new Error(`The workshop ${workshopId} is not one of ${input.client.name}'s workshops.`);
  const brand = brandColour(input.profile.brandColour);
  const schedule = agendaSchedule(workshop, options.start);
  const participants = workshop.participants.map((person) => (person.role ? `${person.name}, ${person.role}` : person.name));
  const { scale, prompts } = chooseDensity(workshop, participants);
  const size = (points: number) => Math.round(points * scale * 10) / 10;
  const engagement = input.client.engagements.find((candidate) => candidate.id === workshop.engagementId);
  const onBrand = isDarkColour(brand) ? '#ffffff' : INK;
  const logo = input.logoDataUrl && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(input.logoDataUrl) ? input.logoDataUrl : null;

  const label = (text: string): PdfNode => ({ text: text.toUpperCase(), fontSize: size(7.5), bold: true, color: brand, characterSpacing: labelSpacing(size(7.5)), margin: [0, size(12), 0, size(4)] });
  const half = Math.ceil(participants.length / 2);
  const participantColumns: PdfContent =
    participants.length === 0
      ? { text: 'To be confirmed.', fontSize: size(9), italics: true, color: MUTED }
      : {
          columns: [participants.slice(0, half), participants.slice(half)].map((column) => ({ stack: column.map((name) => ({ text: name, fontSize: size(9), color: INK, margin: [0, 0, 0, 1] })), width: '*' })),
          columnGap: 16,
        };

  const rows: PdfContent[][] = schedule.items.map((item) => {
    const isBreak = item.method === 'break';
    const fill = isBreak ? mixWithWhite(brand, 0.9) : undefined;
    const withFill = (node: PdfNode): PdfNode => (fill ? { ...node, fillColor: fill } : node);
    return [
      withFill({ text: `${item.start}–${item.end}`, fontSize: size(9), bold: true, color: INK, noWrap: true }),
      withFill({
        stack: [
          { text: item.title, fontSize: size(9.5), bold: !isBreak, italics: isBreak, color: INK },
          ...(prompts && !isBreak && item.prompt.trim() ? [{ text: item.prompt.trim(), fontSize: size(8.2), color: MUTED, margin: [0, 1, 0, 0] } as PdfNode] : []),
        ],
      }),
      withFill({ text: AGENDA_METHOD_LABELS[item.method], fontSize: size(8.5), color: MUTED }),
      withFill({ text: duration(item.minutes), fontSize: size(8.5), color: MUTED, alignment: 'right', noWrap: true }),
    ];
  });
  const layout = tableLayout(brand);
  const headerCell = (text: string, alignment: 'left' | 'right' = 'left'): PdfNode => ({ text, fontSize: size(8), bold: true, color: onBrand, alignment });

  return {
    info: {
      title: `${workshop.title} – agenda`,
      author: [input.profile.name, input.profile.firm].filter(Boolean).join(', '),
      subject: `Workshop agenda for ${input.client.name}`,
      creator: `Cairn ${input.appVersion}`,
      producer: 'Cairn',
    },
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, 48, PAGE.marginX, 48],
    defaultStyle: { fontSize: size(9.5), color: INK, lineHeight: 1.2 },
    ...(logo ? { images: { logo } } : {}),
    background: () => ({ canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: 8, color: brand }] }),
    footer: () => ({
      margin: [PAGE.marginX, 16, PAGE.marginX, 0],
      columns: [
        { text: [input.profile.name, input.profile.firm].filter(Boolean).join(' · '), fontSize: 7.5, color: MUTED },
        { text: input.profile.email, fontSize: 7.5, color: MUTED, alignment: 'right' },
      ],
    }),
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: 'WORKSHOP AGENDA', fontSize: 8, bold: true, color: brand, characterSpacing: labelSpacing(8), margin: [0, 0, 0, 4] },
              { text: workshop.title, fontSize: size(22), bold: true, color: INK, lineHeight: 1.05 },
              { text: [input.client.name, engagement?.title].filter(Boolean).join(' · '), fontSize: size(11), color: MUTED, margin: [0, 4, 0, 0] },
            ],
          },
          ...(logo ? [{ image: 'logo', fit: [110, 44], width: 110, alignment: 'right' } as PdfNode] : []),
        ],
      },
      {
        table: {
          widths: ['auto', 'auto', '*'],
          body: [
            [
              { text: [{ text: 'Date  ', color: MUTED }, { text: longDate(workshop.date, input.locale), bold: true }], fontSize: size(9.5) },
              { text: [{ text: 'Time  ', color: MUTED }, { text: `${schedule.start}–${schedule.end} (${duration(schedule.totalMinutes)})`, bold: true }], fontSize: size(9.5) },
              { text: [{ text: 'Place  ', color: MUTED }, { text: workshop.place || 'To be confirmed', bold: true }], fontSize: size(9.5) },
            ],
          ],
        },
        layout: { hLineWidth: (index) => (index === 0 || index === 1 ? 0.5 : 0), vLineWidth: () => 0, hLineColor: () => RULE, paddingLeft: (index) => (index === 0 ? 0 : 14), paddingRight: () => 14, paddingTop: () => 6, paddingBottom: () => 6 },
        margin: [0, size(12), 0, 0],
      },
      ...(workshop.objectives.trim() ? [label('Objectives'), { text: workshop.objectives.trim(), fontSize: size(9.5), lineHeight: 1.3, color: INK } as PdfNode] : []),
      label(`Participants (${participants.length})`),
      participantColumns,
      label('Agenda'),
      schedule.items.length === 0
        ? { text: 'The agenda has no items yet.', italics: true, color: MUTED }
        : {
            table: { widths: [size(62), '*', size(78), size(40)], headerRows: 1, dontBreakRows: true, body: [[headerCell('Time'), headerCell('Item'), headerCell('Method'), headerCell('Length', 'right')], ...rows] },
            layout: { ...layout, fillColor: (rowIndex) => (rowIndex === 0 ? brand : null), paddingTop: () => 4 * scale, paddingBottom: () => 4 * scale },
          },
    ],
  };
}
