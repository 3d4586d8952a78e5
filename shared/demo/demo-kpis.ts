import type { Stakeholder } from '../domain/client';
import { applySovMeasurements, catalogueEntry, kpiFromCatalogue, type Kpi, type Measurement, type SovPeriod } from '../kpi';

/** What the KPI plan builder needs; ids and the clock come from outside so the demo is deterministic. */
export interface DemoKpiInputs {
  newId: () => string;
  now: Date;
  stakeholders: readonly Stakeholder[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The last day of a calendar quarter, counted from the last quarter that has ended before
 * `now` (offset 0); negative offsets are earlier quarters, positive ones later.
 */
export function quarterEnd(now: Date, offset: number): { date: string; label: string } {
  const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) - 1 + offset;
  const year = Math.floor(index / 4);
  const quarter = index - year * 4;
  const lastMonth = quarter * 3 + 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { date: `${year}-${pad(lastMonth)}-${pad(lastDay)}`, label: `Q${quarter + 1} ${year}` };
}

interface PlanLine {
  catalogueId: string | null;
  name?: string;
  definition?: string;
  formula?: string;
  unit?: string;
  ownerTitle: string;
  baseline: number | null;
  target: number;
  /** Readings at the ends of the last quarters, oldest first, the last one at offset 0. */
  readings: readonly (readonly [number, string])[];
  dataSource?: string;
}

/** Baselines a year back, targets three quarters ahead; the readings give a mix of statuses. */
const PLAN: readonly PlanLine[] = [
  { catalogueId: 'resolution-time', ownerTitle: 'Customer Service Team Lead', baseline: 30, target: 8, readings: [[28, 'Inbox still shared with e-mail'], [27, ''], [25, 'Weekend cover started']] },
  { catalogueId: 'resolution-rate', ownerTitle: 'Customer Service Team Lead', baseline: 62, target: 85, readings: [[65, ''], [69, 'Escalation path to product agreed'], [72, '']] },
  { catalogueId: 'member-reshares', ownerTitle: 'Head of Digital Marketing', baseline: 120, target: 400, readings: [[160, ''], [235, 'Trail-report series launched'], [300, '']] },
  { catalogueId: 'trends-captured', ownerTitle: 'Product Manager, Tents & Shelters', baseline: null, target: 12, readings: [[2, 'First listening report'], [3, '']] },
  { catalogueId: 'followers', ownerTitle: 'E-commerce Manager', baseline: 42_000, target: 55_000, readings: [[44_100, ''], [47_300, ''], [50_500, 'Instagram and the forum together']] },
  { catalogueId: 'net-sentiment', ownerTitle: 'Community Manager', baseline: null, target: 30, readings: [], dataSource: 'Listening tool from next quarter; sentiment scoring still being set up' },
  {
    catalogueId: null,
    name: 'Employees posting about their work',
    definition: 'Staff who share something about their work at Nordlicht on their own social accounts at least once in the quarter.',
    formula: 'Count of distinct employees with at least one work-related public post in the quarter',
    unit: 'employees',
    ownerTitle: 'Head of People & Culture',
    baseline: 15,
    target: 120,
    readings: [[28, 'Advocacy guidelines published'], [51, ''], [70, 'Store teams joined']],
    dataSource: 'Advocacy platform report',
  },
];

/** Own mentions against the two competitors per quarter, oldest first, ending at offset 0. */
const SOV_MENTIONS: readonly (readonly [number, number, number])[] = [
  [410, 980, 700],
  [455, 960, 690],
  [520, 940, 705],
  [560, 930, 720],
];

/**
 * The demo client's KPI plan: seven KPIs across the catalogue's categories plus a custom
 * one, with baselines, targets, owners and quarterly readings, and a share-of-voice KPI
 * whose measurements come from its periods (own brand against Bergwelt and AlpinX).
 */
export function demoKpis({ newId, now, stakeholders }: DemoKpiInputs): Kpi[] {
  const at = now.toISOString();
  const owner = (title: string) => stakeholders.find((person) => person.title === title)?.id ?? null;
  const baselineDate = quarterEnd(now, -4).date;
  const targetDate = quarterEnd(now, 3).date;

  const sovPeriods: SovPeriod[] = SOV_MENTIONS.map(([own, bergwelt, alpinx], index) => {
    const quarter = quarterEnd(now, index - SOV_MENTIONS.length + 1);
    return {
      id: newId(),
      periodLabel: quarter.label,
      endDate: quarter.date,
      ownMentions: own,
      competitorMentions: [
        { name: 'Bergwelt', mentions: bergwelt },
        { name: 'AlpinX', mentions: alpinx },
      ],
    };
  });
  const shareOfVoice = applySovMeasurements({
    ...kpiFromCatalogue(catalogueEntry('share-of-voice')!, { id: newId(), now: at }),
    baseline: { value: 18, date: baselineDate },
    target: { value: 30, date: targetDate },
    ownerStakeholderId: owner('Community Manager'),
    dataSource: 'Listening tool (German, French and English; same terms for all three brands)',
    shareOfVoice: { periods: sovPeriods },
  });

  const plan = PLAN.map((line): Kpi => {
    const entry = line.catalogueId === null ? undefined : catalogueEntry(line.catalogueId);
    const base: Kpi = entry
      ? kpiFromCatalogue(entry, { id: newId(), now: at })
      : {
          id: newId(),
          createdAt: at,
          updatedAt: at,
          catalogueId: null,
          name: line.name ?? 'Custom KPI',
          definition: line.definition ?? '',
          formula: line.formula ?? '',
          unit: line.unit ?? '',
          direction: 'higher-is-better',
          baseline: { value: null, date: null },
          target: { value: null, date: null },
          ownerStakeholderId: null,
          dataSource: '',
          initiativeIds: [],
          competencyIds: ['metrics-measurement', 'culture'],
          measurements: [],
          shareOfVoice: null,
        };
    const measurements: Measurement[] = line.readings.map(([value, note], index) => ({
      id: newId(),
      date: quarterEnd(now, index - line.readings.length + 1).date,
      value,
      note,
    }));
    return {
      ...base,
      baseline: { value: line.baseline, date: line.baseline === null ? null : baselineDate },
      target: { value: line.target, date: targetDate },
      ownerStakeholderId: owner(line.ownerTitle),
      dataSource: line.dataSource ?? base.dataSource,
      measurements,
    };
  });

  return [shareOfVoice, ...plan];
}
