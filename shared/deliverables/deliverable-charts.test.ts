import { describe, expect, it } from 'vitest';
import { noMaturityRecords } from '../domain/client';
import { renderSvgToString } from '../charts/render-svg';
import { deliverableCharts } from './deliverable-charts';
import { deliverableFixture } from './deliverable-fixture';

describe('deliverableCharts', () => {
  const input = deliverableFixture();

  it('gives every chart of the report for the demo, each with a unique id, a title and an accessible root', () => {
    const charts = deliverableCharts(input);
    const ids = charts.map((chart) => chart.id);
    expect(ids).toEqual(expect.arrayContaining(['radar', 'heatmap', 'change', 'timeline', 'impact-effort', 'kpi-trend-1', 'share-of-voice-1', 'stakeholders']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.tree.attrs.role).toBe('img');
      expect(renderSvgToString(chart.tree)).toMatch(/^<svg /);
    }
  });

  it('caps the KPI trends when asked, and leaves out charts that have no data', () => {
    expect(deliverableCharts(input, { kpiTrendLimit: 2 }).filter((chart) => chart.id.startsWith('kpi-trend-'))).toHaveLength(2);
    const bare = deliverableFixture({ client: { ...input.client, ...noMaturityRecords(), stakeholders: [] } });
    expect(deliverableCharts(bare)).toEqual([]);
  });
});
