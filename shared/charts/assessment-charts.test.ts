import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../frameworks/builtin';
import type { Framework } from '../frameworks/framework-schema';
import { assessmentHeatmap, assessmentRadar, radarAxesFor, trendDeltaBars } from './assessment-charts';
import { deltaBars, formatDelta } from './delta-bars';
import { renderSvgToString } from './render-svg';
import { findAll, textContent } from './svg-tree';

const cmm: Framework = COMMUNITY_MATURITY_MODEL;
const earlier = buildAssessment(cmm, { id: 'a1', assessedOn: '2025-03-01', rows: [[1, 3], [1, 3], [2, 3], [1, 2], [1, 3], [1, 2], [2, 3], [1, 3]] });
const later = buildAssessment(cmm, { id: 'a2', assessedOn: '2026-03-01', rows: [[2, 3], [1, 3], 'n/a', [2, 3], [1, 3], [2, 2], [2, 4], [3, 3]] });

describe('radarAxesFor', () => {
  it('maps competencies to axes with the previous current stage', () => {
    expect(radarAxesFor(later, cmm, earlier).slice(0, 3)).toEqual([
      { label: 'Strategy', current: 2, target: 3, previous: 1, notApplicable: false },
      { label: 'Leadership', current: 1, target: 3, previous: 1, notApplicable: false },
      { label: 'Culture', current: null, target: null, previous: 2, notApplicable: true },
    ]);
  });
});

describe('assessment charts', () => {
  it('draw the radar with three series and the previous date in the legend', () => {
    const radar = assessmentRadar(later, cmm, { previous: earlier, idPrefix: 'r1' });
    expect(findAll(radar, 'polygon')).toHaveLength(3);
    expect(textContent(radar)).toContain('Previous (2025-03-01)');
    expect(radar.attrs['aria-labelledby']).toBe('r1-title r1-desc');
  });

  it('draw the heatmap with the N/A reason and 7 × 4 cells', () => {
    const heatmap = assessmentHeatmap(later, cmm);
    expect(findAll(heatmap, 'rect').filter((rect) => rect.attrs['data-level'] !== undefined)).toHaveLength(28);
    expect(textContent(heatmap)).toContain('Not in scope: Out of scope');
  });

  it('draw the trend as signed bars with words', () => {
    const bars = trendDeltaBars(earlier, later, cmm);
    expect(textContent(findAll(bars, 'title')[0]!)).toBe('Change in current stage, 2025-03-01 to 2026-03-01');
    expect(textContent(findAll(bars, 'desc')[0]!)).toBe(
      'Change in current stage per competency. Strategy: +1. Leadership: 0. Culture: n/a. Community Management: +1. Content & Programming: 0. Policies & Governance: +1. Tools: 0. Metrics & Measurement: +2.',
    );
    expect(findAll(bars, 'rect')).toHaveLength(4);
    expect(renderSvgToString(bars)).not.toMatch(/NaN/);
  });
});

describe('deltaBars', () => {
  it.each([
    [2, '+2'],
    [-1, '−1'],
    [0, '0'],
    [null, 'n/a'],
  ])('formats %s as %s', (delta, text) => {
    expect(formatDelta(delta)).toBe(text);
  });

  it('draws bars left of zero for drops and right for gains', () => {
    const bars = deltaBars({ rows: [{ label: 'Up', delta: 2 }, { label: 'Down', delta: -1 }], width: 520 });
    const [up, down] = findAll(bars, 'rect');
    const zero = Number(findAll(bars, 'line')[0]!.attrs.x1);
    expect(Number(up!.attrs.x)).toBe(zero);
    expect(Number(down!.attrs.x) + Number(down!.attrs.width)).toBeCloseTo(zero);
    expect(Number(up!.attrs.width)).toBeCloseTo(2 * Number(down!.attrs.width));
  });
});
