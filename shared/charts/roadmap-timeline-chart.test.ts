import { describe, expect, it } from 'vitest';
import type { TimelineChartItem } from './roadmap-timeline-chart';
import { GANTT, ganttQuarterRange, roadmapTimelineChart } from './roadmap-timeline-chart';
import { renderSvgToString } from './render-svg';
import { findAll, textContent, type SvgElement } from './svg-tree';

const q = (year: number, quarter: number) => ({ kind: 'quarter' as const, year, quarter });
const item = (id: string, fields: Partial<TimelineChartItem>): TimelineChartItem => ({
  id,
  title: `Initiative ${id}`,
  phase: 'establish',
  track: 'internal',
  order: 0,
  start: null,
  end: null,
  dependsOn: [],
  status: 'planned',
  ...fields,
});

const initiatives: TimelineChartItem[] = [
  item('a', { title: 'Form a steering committee', start: q(2026, 1), end: q(2026, 1), status: 'done' }),
  item('b', { title: 'Governance model', start: q(2026, 2), end: q(2026, 3), dependsOn: ['a'] }),
  item('c', { title: 'Moderation policy', track: 'external', start: q(2026, 3), end: q(2026, 3), dependsOn: ['b'] }),
  item('d', { title: 'Train early adopters', phase: 'shape', start: q(2026, 4), end: q(2027, 1), dependsOn: ['b'] }),
  item('e', { title: 'Ambassador programme', phase: 'innovate', track: 'external' }),
];
const chart = roadmapTimelineChart({ initiatives, today: '2026-05-10' });
const bars = findAll(chart, 'rect').filter((rect) => rect.attrs['data-bar'] !== undefined);
const barOf = (id: string) => bars.find((bar) => bar.attrs['data-bar'] === id)!;
const num = (node: SvgElement, key: string) => Number(node.attrs[key]);

describe('roadmapTimelineChart', () => {
  it('puts a quarter axis over the scheduled extent, at least four quarters', () => {
    expect(findAll(chart, 'text').filter((text) => text.attrs['data-quarter']).map(textContent)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Q1 2027']);
    expect(ganttQuarterRange([], '2026-05-10')).toEqual({ from: { year: 2026, quarter: 2 }, to: { year: 2027, quarter: 1 } });
  });

  it('draws a band per phase in order and one bar per scheduled initiative, widths in proportion to quarters', () => {
    expect(findAll(chart, 'rect').filter((rect) => rect.attrs['data-phase-band']).map((rect) => rect.attrs['data-phase-band'])).toEqual([1, 2, 3, 4]);
    expect(bars.map((bar) => bar.attrs['data-bar'])).toEqual(['a', 'b', 'c', 'd']);
    const quarter = num(barOf('a'), 'width');
    expect(num(barOf('b'), 'width') / quarter).toBeCloseTo(2, 1);
    expect(num(barOf('b'), 'x')).toBeCloseTo(num(barOf('a'), 'x') + quarter, 0);
    expect(num(barOf('a'), 'x')).toBeGreaterThanOrEqual(GANTT.labelWidth);
  });

  it('colours bars by track and draws done work hollow', () => {
    expect(barOf('c').attrs['data-track']).toBe('external');
    expect(barOf('c').attrs.fill).not.toBe(barOf('b').attrs.fill);
    expect(barOf('a').attrs.fill).toBe('#ffffff');
  });

  it('names every initiative, and says when one is not scheduled', () => {
    const labels = findAll(chart, 'text').map(textContent);
    expect(labels).toEqual(expect.arrayContaining(['Form a steering committee', 'Ambassador programme', 'Not scheduled', 'Phase 1 · Establish policy, process and procedure']));
  });

  it('draws an arrow for every dependency, from the end of one bar to the start of the other', () => {
    const arrows = findAll(chart, 'g').filter((g) => g.attrs['data-dependency']);
    expect(arrows.map((g) => g.attrs['data-dependency']).sort()).toEqual(['a>b', 'b>c', 'b>d']);
    const ab = arrows.find((g) => g.attrs['data-dependency'] === 'a>b')!;
    const points = String(findAll(ab, 'polyline')[0]!.attrs.points).split(' ').map((pair) => pair.split(',').map(Number));
    expect(points[0]![0]).toBeCloseTo(num(barOf('a'), 'x') + num(barOf('a'), 'width'), 0);
    expect(points[points.length - 1]![0]).toBeCloseTo(num(barOf('b'), 'x'), 0);
    expect(findAll(ab, 'polygon')).toHaveLength(1);
  });

  it('marks a dependency that starts before the other ends as a conflict', () => {
    // c (Q3) depends on b (Q2–Q3): it starts before b ends.
    const conflict = findAll(chart, 'g').find((g) => g.attrs['data-dependency'] === 'b>c')!;
    expect(conflict.attrs['data-conflict']).toBe('yes');
    expect(findAll(conflict, 'polyline')[0]!.attrs['stroke-dasharray']).toBe('3 2');
    expect(findAll(chart, 'g').find((g) => g.attrs['data-dependency'] === 'b>d')!.attrs['data-conflict']).toBe('no');
  });

  it('is accessible: title, a desc naming phases, spans and dependencies', () => {
    expect(chart.attrs.role).toBe('img');
    const desc = textContent(findAll(chart, 'desc')[0]!);
    expect(desc).toContain('Gantt chart of 5 initiatives by phase, Q1 2026 to Q1 2027.');
    expect(desc).toContain('Governance model (Q2 2026 to Q3 2026)');
    expect(desc).toContain('Ambassador programme (not scheduled)');
    expect(desc).toContain('Moderation policy depends on Governance model but starts before it ends');
    expect(renderSvgToString(chart)).toContain('Today');
  });

  it('summarises a long roadmap into one bar per phase and track, without arrows', () => {
    const many = Array.from({ length: 60 }, (_, index) => item(`m${index}`, { phase: index % 2 ? 'shape' : 'establish', track: index % 3 ? 'internal' : 'external', start: q(2026, 1 + (index % 4)), dependsOn: index > 0 ? [`m${index - 1}`] : [] }));
    const summary = roadmapTimelineChart({ initiatives: many, today: '2026-01-01', maxRows: 36 });
    expect(findAll(summary, 'rect').filter((rect) => rect.attrs['data-bar'] !== undefined)).toHaveLength(4);
    expect(findAll(summary, 'g').filter((g) => g.attrs['data-dependency'])).toHaveLength(0);
    expect(findAll(summary, 'text').map(textContent)).toContain('Internal activities (20)');
  });

  it('makes bars focusable buttons only when asked', () => {
    expect(findAll(chart, 'g').filter((g) => g.attrs.role === 'button')).toHaveLength(0);
    const app = roadmapTimelineChart({ initiatives, today: '2026-05-10', interactive: true });
    expect(app.attrs.role).toBe('group');
    const buttons = findAll(app, 'g').filter((g) => g.attrs.role === 'button');
    expect(buttons.map((g) => g.attrs['data-initiative-id'])).toEqual(['a', 'b', 'c', 'd']);
    expect(buttons[1]!.attrs['aria-label']).toBe('Governance model; Q2 2026 to Q3 2026; Planned; depends on 1');
    expect(buttons[2]!.attrs['aria-label']).toBe('Moderation policy; Q3 2026 to Q3 2026; Planned; depends on 1; scheduling conflict: starts before Governance model ends');
    expect(app.attrs['aria-label']).toBe('Initiatives from Q1 2026 to Q1 2027');
    expect(findAll(app, 'g').find((g) => g.attrs['data-part'] === 'today')!.attrs['aria-label']).toBe('Today, 2026-05-10');
  });

  it('leaves out rows without a bar when asked, and says which fall outside the quarters otherwise', () => {
    const narrow = { initiatives, today: '2026-05-10', fromQuarter: { year: 2026, quarter: 2 }, toQuarter: { year: 2026, quarter: 4 } };
    const texts = findAll(roadmapTimelineChart(narrow), 'text').map(textContent);
    expect(texts).toEqual(expect.arrayContaining(['Outside these quarters', 'Not scheduled']));
    const placed = roadmapTimelineChart({ ...narrow, placedOnly: true });
    expect(findAll(placed, 'text').map(textContent)).not.toContain('Not scheduled');
    expect(findAll(placed, 'text').map(textContent)).not.toContain('Form a steering committee');
  });
});

describe('roadmapTimelineChart on a narrow page', () => {
  it('puts the year under the quarter when a quarter is too narrow for both on one line', () => {
    const long = [...initiatives, item('z', { phase: 'innovate', start: q(2028, 4) })];
    const narrow = roadmapTimelineChart({ initiatives: long, today: '2026-05-10', width: 560 });
    const first = findAll(narrow, 'text').find((text) => text.attrs['data-quarter'] === 'Q1 2026')!;
    expect(findAll(first, 'tspan').map(textContent)).toEqual(['Q1', '2026']);
  });
});

describe('roadmapTimelineChart over many years', () => {
  it('labels only the years when quarters are too narrow even for two lines', () => {
    const long = [...initiatives, item('z', { phase: 'innovate', start: q(2031, 4) })];
    const chart = roadmapTimelineChart({ initiatives: long, today: '2026-05-10', width: 560 });
    expect(findAll(chart, 'text').filter((text) => text.attrs['data-quarter']).map(textContent)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031']);
  });
});
