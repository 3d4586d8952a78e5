import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../frameworks/framework-schema';
import { competencyRows } from '../scoring/competency-rows';
import { compareAssessments } from '../scoring/trends';
import { deltaBars } from './delta-bars';
import { heatmapMatrix, type HeatmapOptions } from './heatmap-matrix';
import { radarChart, type RadarAxis, type RadarOptions } from './radar-chart';
import type { SvgElement } from './svg-tree';

/**
 * Adapters from an assessment to chart input, so the screen and the PDF report build
 * their charts from the same data by the same route.
 */
export function radarAxesFor(assessment: Assessment, framework: Framework, previous?: Assessment | null): RadarAxis[] {
  const before = previous ? new Map(competencyRows(previous, framework).map((row) => [row.competency.id, row.current])) : null;
  return competencyRows(assessment, framework).map((row) => ({
    label: row.competency.name,
    current: row.current,
    target: row.target,
    ...(before ? { previous: before.get(row.competency.id) ?? null } : {}),
    notApplicable: row.notApplicable,
  }));
}

export function assessmentRadar(assessment: Assessment, framework: Framework, options: { previous?: Assessment | null } & Omit<RadarOptions, 'axes' | 'maxStage'> = {}): SvgElement {
  const { previous, ...rest } = options;
  const seriesLabels = previous ? { previous: `Previous (${previous.assessedOn})`, ...rest.seriesLabels } : rest.seriesLabels;
  return radarChart({ ...rest, seriesLabels, axes: radarAxesFor(assessment, framework, previous), maxStage: framework.stages.length });
}

export function heatmapInputFor(assessment: Assessment, framework: Framework): Pick<HeatmapOptions, 'competencies' | 'stages' | 'current' | 'target'> {
  const rows = competencyRows(assessment, framework);
  return {
    competencies: rows.map((row) => ({ id: row.competency.id, label: row.competency.name, notApplicable: row.notApplicable, note: row.entry?.notApplicableReason ?? '' })),
    stages: framework.stages.map((stage) => ({ level: stage.level, label: stage.name })),
    current: Object.fromEntries(rows.map((row) => [row.competency.id, row.current])),
    target: Object.fromEntries(rows.map((row) => [row.competency.id, row.target])),
  };
}

export function assessmentHeatmap(assessment: Assessment, framework: Framework, options: Omit<HeatmapOptions, 'competencies' | 'stages' | 'current' | 'target'> = {}): SvgElement {
  return heatmapMatrix({ ...options, ...heatmapInputFor(assessment, framework) });
}

export function trendDeltaBars(earlier: Assessment, later: Assessment, framework: Framework, options: { idPrefix?: string; width?: number } = {}): SvgElement {
  const trend = compareAssessments(earlier, later, framework);
  return deltaBars({
    ...options,
    title: `Change in current stage, ${earlier.assessedOn} to ${later.assessedOn}`,
    rows: trend.competencies.map((row) => ({ label: row.name, delta: row.currentDelta })),
    maxDelta: framework.stages.length - 1,
  });
}
