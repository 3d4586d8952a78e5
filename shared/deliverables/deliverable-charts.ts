import { assessmentHeatmap, assessmentRadar, trendDeltaBars } from '../charts/assessment-charts';
import { impactEffortChart } from '../charts/impact-effort-chart';
import { kpiTrendChart } from '../charts/kpi-trend-chart';
import { roadmapTimelineChart } from '../charts/roadmap-timeline-chart';
import { shareOfVoiceChart } from '../charts/share-of-voice-chart';
import { stakeholderGridChart } from '../charts/stakeholder-grid-chart';
import type { SvgElement } from '../charts/svg-tree';
import type { DeliverableInput } from './deliverable-input';
import { deliverableScope, frameworkFor } from './deliverable-scope';

export interface DeliverableChart {
  /** Stable, file-name safe: "radar", "kpi-trend-3", … */
  id: string;
  title: string;
  tree: SvgElement;
}

/**
 * Every chart the report draws, for one deliverable input, with the same builders and the same
 * data: for a workbook's Dashboard (rasterized) or any other place that wants them all. Charts
 * without data are left out rather than drawn empty.
 */
export function deliverableCharts(input: DeliverableInput, options: { kpiTrendLimit?: number } = {}): DeliverableChart[] {
  const scope = deliverableScope(input);
  const today = input.generatedAt.slice(0, 10);
  const charts: DeliverableChart[] = [];
  const latest = [...scope.assessments].reverse().find((assessment) => frameworkFor(input.client, assessment, input.frameworks) !== null);
  if (latest) {
    const framework = frameworkFor(input.client, latest, input.frameworks)!;
    const previous = input.client.assessments
      .filter((candidate) => candidate.id !== latest.id && candidate.frameworkId === latest.frameworkId && candidate.assessedOn < latest.assessedOn)
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
      .at(-1);
    charts.push({ id: 'radar', title: `${framework.name}: current and target stage`, tree: assessmentRadar(latest, framework, { previous: previous ?? null, idPrefix: 'chart-radar' }) });
    charts.push({ id: 'heatmap', title: 'Current and target stage per competency', tree: assessmentHeatmap(latest, framework, { idPrefix: 'chart-heatmap' }) });
    if (previous) charts.push({ id: 'change', title: 'Change since the previous assessment', tree: trendDeltaBars(previous, latest, framework, { idPrefix: 'chart-change' }) });
  }
  const initiatives = scope.initiatives.filter((item) => item.status !== 'dropped');
  if (initiatives.length > 0) {
    charts.push({ id: 'timeline', title: 'Roadmap timeline by phase and quarter', tree: roadmapTimelineChart({ initiatives, today, idPrefix: 'chart-timeline' }) });
    charts.push({ id: 'impact-effort', title: 'Impact and effort of the initiatives', tree: impactEffortChart({ initiatives, idPrefix: 'chart-matrix' }) });
  }
  input.client.kpis
    .filter((kpi) => kpi.measurements.length > 0)
    .slice(0, options.kpiTrendLimit ?? Number.POSITIVE_INFINITY)
    .forEach((kpi, index) => charts.push({ id: `kpi-trend-${index + 1}`, title: kpi.name, tree: kpiTrendChart({ kpi, idPrefix: `chart-kpi-${index + 1}`, title: kpi.name }) }));
  input.client.kpis
    .filter((kpi) => (kpi.shareOfVoice?.periods.length ?? 0) > 0)
    .forEach((kpi, index) =>
      charts.push({ id: `share-of-voice-${index + 1}`, title: `${kpi.name}: share of voice by competitor per period`, tree: shareOfVoiceChart({ periods: kpi.shareOfVoice!.periods, ownName: input.client.name, idPrefix: `chart-sov-${index + 1}` }) }),
    );
  if (input.client.stakeholders.length > 0) charts.push({ id: 'stakeholders', title: 'Stakeholders by influence and interest', tree: stakeholderGridChart({ stakeholders: input.client.stakeholders, idPrefix: 'chart-stakeholders' }) });
  return charts;
}
