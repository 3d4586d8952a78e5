import { assessmentHeatmap, assessmentRadar, trendDeltaBars } from '../../charts/assessment-charts';
import type { SvgElement } from '../../charts/svg-tree';
import type { Assessment } from '../../assessment/assessment-schema';
import type { Framework } from '../../frameworks/framework-schema';
import type { DeliverableInput } from '../deliverable-input';
import { deliverableScope, frameworkFor, type DeliverableScope } from '../deliverable-scope';

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
  build(source: ChartSource): SvgElement | null;
}

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
