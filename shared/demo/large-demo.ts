import type { Client } from '../domain/client';
import type { Kpi } from '../kpi/kpi-schema';
import { INITIATIVE_STATUSES, OBJECTIVE_IDS, PHASE_IDS, TRACK_IDS } from '../roadmap/roadmap-reference';
import type { Initiative } from '../roadmap/initiative-schema';
import { newAgendaItem, newWorkshop } from '../workshop/workshop-factories';
import type { Workshop, WorkshopNote } from '../workshop/workshop-schema';
import { buildDemoClient } from './demo-client';

/** The sizes of the largest demo engagement, the one deliverable benches export. */
export const LARGE_DEMO_SIZES = { initiatives: 300, workshops: 20, notesPerWorkshop: 100, kpis: 50, measurementsPerKpi: 12 } as const;

export const LARGE_DEMO_NOW = '2026-03-02T09:30:00.000Z';

const TOPICS = ['listening', 'community club', 'service on social', 'ambassadors', 'product co-creation', 'reviews on product pages', 'moderation policy', 'influencer partnerships', 'store content', 'staff guidelines'];
const DEPARTMENTS = ['Marketing', 'Customer Service', 'Sales & Commerce', 'Product Development', 'Public Relations'];

const pad = (value: number) => String(value).padStart(2, '0');
const dayAfter = (start: string, days: number) => new Date(Date.parse(`${start}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo client with one engagement as large as a long programme gets: 300 initiatives,
 * 20 workshops with 2,000 notes between them (clusters, dots, decisions and actions too)
 * and 50 KPIs with a year of monthly measurements. Deterministic: fixed ids and clock,
 * so benches and tests compare like with like. The engagement is the demo's kickoff one.
 */
export function buildLargeDemoClient(): Client {
  let next = 0;
  const base = buildDemoClient({ newId: () => `lg-${(next += 1)}`, now: new Date(LARGE_DEMO_NOW) });
  const engagement = [...base.engagements].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0]!;
  const stamp = LARGE_DEMO_NOW;
  const people = base.stakeholders;
  const competencyIds = base.assessments.at(-1)?.competencies.map((entry) => entry.competencyId) ?? [];

  const kpis: Kpi[] = Array.from({ length: LARGE_DEMO_SIZES.kpis }, (_, index) => {
    const start = 100 + index * 7;
    return {
      id: `lg-kpi-${index + 1}`,
      createdAt: stamp,
      updatedAt: stamp,
      catalogueId: null,
      name: `KPI ${index + 1}: ${TOPICS[index % TOPICS.length]} ${index % 2 === 0 ? 'reach' : 'response time'}`,
      definition: `How ${TOPICS[index % TOPICS.length]} is doing, measured monthly from the ${index % 2 === 0 ? 'listening tool' : 'service desk'} export.`,
      formula: index % 3 === 0 ? 'resolved ÷ received × 100' : '',
      unit: index % 2 === 0 ? 'mentions' : 'hours',
      direction: index % 2 === 0 ? 'higher-is-better' : 'lower-is-better',
      baseline: { value: start, date: '2025-03-01' },
      target: { value: index % 2 === 0 ? start * 2 : Math.round(start / 2), date: '2027-03-01' },
      ownerStakeholderId: people[index % people.length]!.id,
      dataSource: index % 2 === 0 ? 'Listening tool' : 'Service desk',
      initiativeIds: [],
      competencyIds: competencyIds.slice(index % 4, (index % 4) + 1),
      measurements: Array.from({ length: LARGE_DEMO_SIZES.measurementsPerKpi }, (_, month) => ({
        id: `lg-kpi-${index + 1}-m${month + 1}`,
        date: `2025-${pad(month + 1)}-28`,
        value: index % 2 === 0 ? start + month * (index + 3) : Math.max(1, start - month * 3),
        note: month % 4 === 0 ? 'Read from the monthly export' : '',
      })),
      shareOfVoice: null,
    };
  });

  const initiatives: Initiative[] = Array.from({ length: LARGE_DEMO_SIZES.initiatives }, (_, index) => {
    const phase = PHASE_IDS[index % PHASE_IDS.length]!;
    const track = TRACK_IDS[Math.floor(index / PHASE_IDS.length) % TRACK_IDS.length]!;
    const year = 2026 + Math.floor((index % 16) / 4);
    const topic = TOPICS[index % TOPICS.length]!;
    return {
      id: `lg-init-${index + 1}`,
      createdAt: stamp,
      updatedAt: stamp,
      title: `${index + 1}. ${topic[0]!.toUpperCase()}${topic.slice(1)} – step ${Math.floor(index / TOPICS.length) + 1}`,
      description: `Work on ${topic} with ${DEPARTMENTS[index % DEPARTMENTS.length]}: agree the owner, pilot it in one region, measure, then roll out. Keep the committee informed monthly.`,
      phase,
      track,
      order: Math.floor(index / (PHASE_IDS.length * TRACK_IDS.length)),
      ownerStakeholderId: index % 5 === 4 ? null : people[index % people.length]!.id,
      ownerRole: index % 5 === 4 ? 'Social Media Committee' : null,
      businessFunctions: [DEPARTMENTS[index % DEPARTMENTS.length]!],
      stakeholderGroups: index % 3 === 0 ? ['customers'] : ['employees'],
      competencyIds: competencyIds.slice(index % 5, (index % 5) + 2),
      objective: OBJECTIVE_IDS[index % OBJECTIVE_IDS.length]!,
      impact: (index % 5) + 1,
      effort: ((index * 3) % 5) + 1,
      status: INITIATIVE_STATUSES[index % INITIATIVE_STATUSES.length]!,
      start: { kind: 'quarter', year, quarter: (index % 4) + 1 },
      end: index % 3 === 0 ? { kind: 'date', date: `${year + 1}-06-30` } : null,
      dependsOn: index > 0 && index % 7 === 0 ? [`lg-init-${index}`] : [],
      kpiIds: [`lg-kpi-${(index % LARGE_DEMO_SIZES.kpis) + 1}`],
      notes: index % 4 === 0 ? 'Needs legal review before launch.' : '',
      pilot: { isPilot: index % 6 === 0, reviewDate: index % 6 === 0 ? `${year}-09-30` : null },
      libraryId: null,
      engagementId: engagement.id,
    };
  });
  for (const kpi of kpis) kpi.initiativeIds = initiatives.filter((initiative) => initiative.kpiIds.includes(kpi.id)).map((initiative) => initiative.id);

  const workshops: Workshop[] = Array.from({ length: LARGE_DEMO_SIZES.workshops }, (_, w) => {
    const id = `lg-ws-${w + 1}`;
    const participants = people.slice(0, 8).map((person, p) => ({ id: `${id}-p${p + 1}`, stakeholderId: person.id, name: person.name, role: person.title }));
    const brainstorm = `${id}-brain`;
    const dots = `${id}-dots`;
    const wrap = `${id}-wrap`;
    const clusters = Array.from({ length: 10 }, (_, c) => ({ id: `${id}-c${c + 1}`, agendaItemId: brainstorm, label: `Theme ${c + 1}: ${TOPICS[c]!}`, order: c }));
    const notes: WorkshopNote[] = Array.from({ length: LARGE_DEMO_SIZES.notesPerWorkshop }, (_, n) => ({
      id: `${id}-n${n + 1}`,
      agendaItemId: brainstorm,
      text: `${TOPICS[n % TOPICS.length]!}: idea ${n + 1} from workshop ${w + 1} – ${n % 3 === 0 ? 'customers ask for faster answers on the forum' : 'we need a named owner and a weekly rhythm'}`,
      authorParticipantId: n % 9 === 8 ? null : participants[n % participants.length]!.id,
      clusterId: n % 4 === 3 ? null : clusters[n % clusters.length]!.id,
      order: Math.floor(n / clusters.length),
      hidden: false,
      createdAt: stamp,
      updatedAt: stamp,
    }));
    const date = dayAfter('2025-04-01', w * 14);
    return {
      ...newWorkshop({ id, now: stamp, engagementId: engagement.id, title: `Workshop ${w + 1}: ${TOPICS[w % TOPICS.length]}`, date, place: `Munich, room ${(w % 4) + 1}` }),
      status: 'finished',
      objectives: `Agree the next steps on ${TOPICS[w % TOPICS.length]}.`,
      participants,
      agenda: [
        newAgendaItem({ id: brainstorm, title: 'Ideas', method: 'brainstorm', plannedMinutes: 30 }),
        newAgendaItem({ id: dots, title: 'What matters most', method: 'dot-vote', plannedMinutes: 10, linkedTo: [brainstorm], dotBudget: 3 }),
        newAgendaItem({ id: wrap, title: 'Decisions and actions', method: 'decisions-actions', plannedMinutes: 20 }),
      ],
      notes,
      clusters,
      dotVotes: participants.map((participant, p) => ({ id: `${id}-v${p + 1}`, agendaItemId: dots, participantId: participant.id, targetId: clusters[p % clusters.length]!.id, dots: 3 })),
      decisions: Array.from({ length: 3 }, (_, d) => ({ id: `${id}-d${d + 1}`, text: `Decision ${d + 1} of workshop ${w + 1}: go ahead with theme ${d + 1}.`, agendaItemId: wrap, decidedAt: `${date}T15:00:00.000Z` })),
      actions: Array.from({ length: 5 }, (_, a) => ({
        id: `${id}-a${a + 1}`,
        what: `Follow up on theme ${a + 1} of workshop ${w + 1}`,
        ownerName: participants[a]!.name,
        ownerStakeholderId: participants[a]!.stakeholderId,
        dueDate: dayAfter(date, 14 + a * 7),
        status: (['open', 'in-progress', 'done', 'open', 'dropped'] as const)[a]!,
        sourceNoteId: `${id}-n${a + 1}`,
        createdAt: `${date}T15:00:00.000Z`,
      })),
    };
  });

  return { ...base, initiatives, kpis, workshops };
}

/** The engagement of the large demo that holds all the generated records. */
export function largeDemoEngagementId(client: Client): string {
  return [...client.engagements].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0]!.id;
}
