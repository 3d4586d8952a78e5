import type { Client } from '../../../shared/domain/client';
import { applySovMeasurements, catalogueEntry, kpiFromCatalogue, type Kpi, type Measurement, type SovPeriod } from '../../../shared/kpi';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import type { StoreDeps } from './store-deps';

/** What the KPI editor may change directly; links and measurements have their own actions. */
export type KpiFields = Pick<Kpi, 'name' | 'definition' | 'formula' | 'unit' | 'direction' | 'baseline' | 'target' | 'ownerStakeholderId' | 'dataSource' | 'competencyIds'>;
export type MeasurementFields = Omit<Measurement, 'id'>;
export type SovPeriodFields = Pick<SovPeriod, 'periodLabel' | 'endDate'>;
/** Whose mentions a cell of the share-of-voice table holds: the organization's or a competitor's (by name). */
export type SovVoice = { own: true } | { competitor: string };

/** The client's KPI plan: KPIs, their measurements, share-of-voice periods and links to initiatives. */
export interface KpisSlice {
  /** A KPI from the catalogue; returns its id (null for an unknown entry or client). */
  addKpiFromCatalogue(clientId: string, catalogueId: string): string | null;
  /** A custom KPI with only a name; the rest is filled in the editor. */
  addCustomKpi(clientId: string, name: string): string | null;
  updateKpi(clientId: string, kpiId: string, patch: Partial<KpiFields>, coalesceKey?: string): void;
  /** Deletes the KPI and drops it from every initiative that linked it. */
  deleteKpi(clientId: string, kpiId: string): void;
  /** Links or unlinks a KPI and an initiative, on both sides. */
  setKpiInitiativeLink(clientId: string, kpiId: string, initiativeId: string, linked: boolean): void;
  addMeasurement(clientId: string, kpiId: string, fields: MeasurementFields): string | null;
  updateMeasurement(clientId: string, kpiId: string, measurementId: string, patch: Partial<MeasurementFields>, coalesceKey?: string): void;
  deleteMeasurement(clientId: string, kpiId: string, measurementId: string): void;
  /** A share-of-voice period with every competitor column already present (at zero mentions). */
  addSovPeriod(clientId: string, kpiId: string, fields: SovPeriodFields): string | null;
  updateSovPeriod(clientId: string, kpiId: string, periodId: string, patch: Partial<SovPeriodFields>, coalesceKey?: string): void;
  deleteSovPeriod(clientId: string, kpiId: string, periodId: string): void;
  setSovMentions(clientId: string, kpiId: string, periodId: string, voice: SovVoice, mentions: number, coalesceKey?: string): void;
  /** Returns null when added, or why not (blank or already a column). */
  addSovCompetitor(clientId: string, kpiId: string, name: string): string | null;
  removeSovCompetitor(clientId: string, kpiId: string, name: string): void;
}

/** Competitor columns of a share-of-voice KPI, in the order they first appear. */
export function sovCompetitors(kpi: Pick<Kpi, 'shareOfVoice'>): string[] {
  const names: string[] = [];
  for (const period of kpi.shareOfVoice?.periods ?? []) for (const competitor of period.competitorMentions) if (!names.includes(competitor.name)) names.push(competitor.name);
  return names;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export const createKpisSlice =
  (deps: StoreDeps): SliceCreator<KpisSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);
    /** Change one KPI; share-of-voice KPIs get their measurements derived again afterwards. */
    const editKpi = (clientId: string, kpiId: string, change: (kpi: Kpi, client: Client, at: string) => void, coalesceKey: string | null = null) =>
      edit(
        clientId,
        (client, at) => {
          const kpi = client.kpis.find((candidate) => candidate.id === kpiId);
          if (!kpi) return;
          change(kpi, client, at);
          if (kpi.shareOfVoice) kpi.measurements = applySovMeasurements(kpi).measurements;
          kpi.updatedAt = at;
        },
        coalesceKey === null ? null : `kpi:${kpiId}:${coalesceKey}`,
      );
    const editPeriod = (clientId: string, kpiId: string, periodId: string, change: (period: SovPeriod) => void, coalesceKey: string | null = null) =>
      editKpi(
        clientId,
        kpiId,
        (kpi) => {
          const period = kpi.shareOfVoice?.periods.find((candidate) => candidate.id === periodId);
          if (period) change(period);
        },
        coalesceKey,
      );

    return {
      addKpiFromCatalogue(clientId, catalogueId) {
        const entry = catalogueEntry(catalogueId);
        if (!entry || !get().docs[clientId]) return null;
        const id = deps.newId();
        edit(clientId, (client, at) => void client.kpis.push(kpiFromCatalogue(entry, { id, now: at })));
        return id;
      },
      addCustomKpi(clientId, name) {
        if (!get().docs[clientId] || name.trim() === '') return null;
        const id = deps.newId();
        edit(clientId, (client, at) => {
          client.kpis.push({
            id,
            createdAt: at,
            updatedAt: at,
            catalogueId: null,
            name: name.trim(),
            definition: '',
            formula: '',
            unit: '',
            direction: 'higher-is-better',
            baseline: { value: null, date: null },
            target: { value: null, date: null },
            ownerStakeholderId: null,
            dataSource: '',
            initiativeIds: [],
            competencyIds: ['metrics-measurement'],
            measurements: [],
            shareOfVoice: null,
          });
        });
        return id;
      },
      updateKpi(clientId, kpiId, patch, coalesceKey) {
        editKpi(clientId, kpiId, (kpi) => void Object.assign(kpi, patch), coalesceKey ?? null);
      },
      deleteKpi(clientId, kpiId) {
        edit(clientId, (client, at) => {
          client.kpis = client.kpis.filter((kpi) => kpi.id !== kpiId);
          for (const initiative of client.initiatives) {
            if (!initiative.kpiIds.includes(kpiId)) continue;
            initiative.kpiIds = initiative.kpiIds.filter((id) => id !== kpiId);
            initiative.updatedAt = at;
          }
        });
      },
      setKpiInitiativeLink(clientId, kpiId, initiativeId, linked) {
        editKpi(clientId, kpiId, (kpi, client, at) => {
          const initiative = client.initiatives.find((candidate) => candidate.id === initiativeId);
          if (!initiative) return;
          const without = (ids: string[], id: string) => ids.filter((candidate) => candidate !== id);
          kpi.initiativeIds = linked ? [...without(kpi.initiativeIds, initiativeId), initiativeId] : without(kpi.initiativeIds, initiativeId);
          initiative.kpiIds = linked ? [...without(initiative.kpiIds, kpiId), kpiId] : without(initiative.kpiIds, kpiId);
          initiative.updatedAt = at;
        });
      },
      addMeasurement(clientId, kpiId, fields) {
        const kpi = get().docs[clientId]?.kpis.find((candidate) => candidate.id === kpiId);
        // A share-of-voice KPI's measurements come from its periods; typed ones would be overwritten.
        if (!kpi || kpi.shareOfVoice) return null;
        const id = deps.newId();
        editKpi(clientId, kpiId, (draft) => void draft.measurements.push({ id, ...fields }));
        return id;
      },
      updateMeasurement(clientId, kpiId, measurementId, patch, coalesceKey) {
        editKpi(
          clientId,
          kpiId,
          (kpi) => {
            const measurement = kpi.measurements.find((candidate) => candidate.id === measurementId);
            if (measurement) Object.assign(measurement, patch);
          },
          coalesceKey ? `${measurementId}:${coalesceKey}` : null,
        );
      },
      deleteMeasurement(clientId, kpiId, measurementId) {
        editKpi(clientId, kpiId, (kpi) => void (kpi.measurements = kpi.measurements.filter((measurement) => measurement.id !== measurementId)));
      },
      addSovPeriod(clientId, kpiId, fields) {
        const kpi = get().docs[clientId]?.kpis.find((candidate) => candidate.id === kpiId);
        if (!kpi) return null;
        const id = deps.newId();
        const competitors = sovCompetitors(kpi);
        editKpi(clientId, kpiId, (draft) => {
          draft.shareOfVoice ??= { periods: [] };
          draft.shareOfVoice.periods.push({ id, ...fields, ownMentions: 0, competitorMentions: competitors.map((name) => ({ name, mentions: 0 })) });
        });
        return id;
      },
      updateSovPeriod(clientId, kpiId, periodId, patch, coalesceKey) {
        editPeriod(clientId, kpiId, periodId, (period) => void Object.assign(period, patch), coalesceKey ? `${periodId}:${coalesceKey}` : null);
      },
      deleteSovPeriod(clientId, kpiId, periodId) {
        editKpi(clientId, kpiId, (kpi) => {
          if (kpi.shareOfVoice) kpi.shareOfVoice.periods = kpi.shareOfVoice.periods.filter((period) => period.id !== periodId);
        });
      },
      setSovMentions(clientId, kpiId, periodId, voice, mentions, coalesceKey) {
        if (!Number.isFinite(mentions) || mentions < 0) return;
        editPeriod(
          clientId,
          kpiId,
          periodId,
          (period) => {
            if ('own' in voice) {
              period.ownMentions = mentions;
              return;
            }
            const column = period.competitorMentions.find((competitor) => competitor.name === voice.competitor);
            if (column) column.mentions = mentions;
            else period.competitorMentions.push({ name: voice.competitor, mentions });
          },
          coalesceKey ? `${periodId}:${coalesceKey}` : null,
        );
      },
      addSovCompetitor(clientId, kpiId, name) {
        const trimmed = name.trim();
        if (trimmed === '') return 'Type the competitor’s name.';
        const kpi = get().docs[clientId]?.kpis.find((candidate) => candidate.id === kpiId);
        if (!kpi) return 'The KPI no longer exists.';
        if (sovCompetitors(kpi).some((existing) => sameName(existing, trimmed))) return `${trimmed} is already a column.`;
        // Columns live inside the periods, so without a period there is nowhere to keep the name.
        if (!kpi.shareOfVoice?.periods.length) return 'Add a period first, then its competitors.';
        editKpi(clientId, kpiId, (draft) => {
          for (const period of draft.shareOfVoice?.periods ?? []) period.competitorMentions.push({ name: trimmed, mentions: 0 });
        });
        return null;
      },
      removeSovCompetitor(clientId, kpiId, name) {
        editKpi(clientId, kpiId, (kpi) => {
          for (const period of kpi.shareOfVoice?.periods ?? []) period.competitorMentions = period.competitorMentions.filter((competitor) => competitor.name !== name);
        });
      },
    };
  };
