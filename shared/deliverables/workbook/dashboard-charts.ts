import { assessmentHeatmap, assessmentRadar, trendDeltaBars } from '../../charts/assessment-charts';
import type { SvgElement } from '../../charts/svg-tree';
import type { Assessment } from '../../assessment/assessment-schema';
import type { Framework } from '../../frameworks/framework-schema';
import type { DeliverableInput } from '../deliverable-input';
import { deliverableScope, frameworkFor, type DeliverableScope } from '../deliverable-scope';
import { deliverableCharts, type DeliverableChart } from '../deliverable-charts';

/** What a Dashboard chart is drawn from: the same data the report's charts use. */
export interface ChartSource {
  input: DeliverableInput;
  scope: DeliverableScope;
  brand: string;
  /** The latest assessment in scope with a known framework, and the one before it on the same framework. */
  latest: { assessment: Assessment; framework: Framework; previous: Assessment | null } | null;
}

/** One chart of the Dashboard: null when the data for it is not there (the chart is left out). */
export interface DashboardChart {
  id: string;
  title: string;
  /** A title that names what the chart is of (a KPI's name), when the fixed title cannot. */
  titleFor?(source: ChartSource): string | null;
  build(source: ChartSource): SvgElement | null;
}

/** How many KPI trend lines the Dashboard draws (the first KPIs with measurements, as in the plan). */
export const DASHBOARD_KPI_TRENDS = 4;

const reportChartsByInput = new WeakMap<DeliverableInput, DeliverableChart[]>();
/** One of the report's charts for this input (see deliverable-charts.ts), built once per workbook. */
function reportChart(input: DeliverableInput, id: string): DeliverableChart | null {
  let charts = reportChartsByInput.get(input);
  if (!charts) {
    charts = deliverableCharts(input, { kpiTrendLimit: DASHBOARD_KPI_TRENDS });
    reportChartsByInput.set(input, charts);
  }
  return charts.find((chart) => chart.id === id) ?? null;
}

/** A Dashboard entry drawn by the report's own chart of that id. */
const fromReport = (id: string, title: string, titleFor?: (chart: DeliverableChart) => string): DashboardChart => ({
  id,
  title,
  ...(titleFor ? { titleFor: ({ input }: ChartSource) => { const chart = reportChart(input, id); return chart ? titleFor(chart) : null; } } : {}),
  build: ({ input }) => reportChart(input, id)?.tree ?? null,
});

/**
 * The Dashboard's charts, in order, from the SVG builders the app and the report use.
 * Adding a chart to the workbook is one entry here.
 */
export const DASHBOARD_CHARTS: readonly DashboardChart[] = [
  {
    id: 'radar',
    title: 'Maturity radar: current and target stage',
    build: ({ latest }) => (latest ? assessmentRadar(latest.assessment, latest.framework, { previous: latest.previous, idPrefix: 'wb-radar', title: `${latest.framework.name}: current and target stage` }) : null),
  },
  {
    id: 'heatmap',
    title: 'Heat map: current and target stage per competency',
    build: ({ latest, brand }) => (latest ? assessmentHeatmap(latest.assessment, latest.framework, { idPrefix: 'wb-heatmap', title: 'Current and target stage per competency', targetColour: brand }) : null),
  },
  {
    id: 'change',
    title: 'Change since the previous assessment',
    build: ({ latest }) => (latest?.previous ? trendDeltaBars(latest.previous, latest.assessment, latest.framework, { idPrefix: 'wb-change' }) : null),
  },
  fromReport('timeline', 'Roadmap timeline by phase and quarter'),
  fromReport('impact-effort', 'Impact and effort of the initiatives'),
  ...Array.from({ length: DASHBOARD_KPI_TRENDS }, (_, index) => fromReport(`kpi-trend-${index + 1}`, `KPI trend ${index + 1}`, (chart) => `KPI trend: ${chart.title}`)),
  fromReport('share-of-voice-1', 'Share of voice by competitor per period', (chart) => chart.title),
  fromReport('stakeholders', 'Stakeholders by influence and interest'),
];

/** The chart source for a workbook's input. */
export function chartSource(input: DeliverableInput, brand: string): ChartSource {
  const scope = deliverableScope(input);
  let latest: ChartSource['latest'] = null;
  for (let index = scope.assessments.length - 1; index >= 0 && !latest; index -= 1) {
    const assessment = scope.assessments[index]!;
    const framework = frameworkFor(input.client, assessment, input.frameworks);
    if (!framework) continue;
    const previous = scope.assessments.slice(0, index).reverse().find((earlier) => earlier.frameworkId === assessment.frameworkId) ?? null;
    latest = { assessment, framework, previous };
  }
  return { input, scope, brand, latest };
}
