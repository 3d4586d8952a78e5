import { describe, expect, it } from 'vitest';
import type { SovPeriod } from '../kpi/kpi-schema';
import { shareOfVoiceChart, sovShares } from './share-of-voice-chart';
import { findAll, textContent } from './svg-tree';

const period = (id: string, label: string, endDate: string, own: number, bergwelt: number, alpinx: number): SovPeriod => ({
  id,
  periodLabel: label,
  endDate,
  ownMentions: own,
  competitorMentions: [
    { name: 'Bergwelt', mentions: bergwelt },
    { name: 'AlpinX', mentions: alpinx },
  ],
});
const periods = [period('p2', 'Q2 2025', '2025-06-30', 500, 300, 200), period('p1', 'Q1 2025', '2025-03-31', 200, 600, 200), period('p3', 'Q3 2025', '2025-09-30', 0, 0, 0)];
const chart = shareOfVoiceChart({ periods, ownName: 'Nordlicht' });
const segments = (label: string) => findAll(findAll(chart, 'g').find((g) => g.attrs['data-period'] === label)!, 'rect');

describe('sovShares', () => {
  it('splits a period between the brands, own first', () => {
    expect(sovShares(periods[0]!, 'Nordlicht', ['Nordlicht', 'Bergwelt', 'AlpinX']).map((share) => share.percent)).toEqual([50, 30, 20]);
    expect(sovShares(periods[2]!, 'Nordlicht', ['Nordlicht'])).toEqual([]);
  });
});

describe('shareOfVoiceChart', () => {
  it('draws one bar per period, oldest first, split per brand in proportion', () => {
    expect(findAll(chart, 'g').filter((g) => g.attrs['data-period']).map((g) => g.attrs['data-period'])).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025']);
    const q2 = segments('Q2 2025');
    expect(q2.map((rect) => rect.attrs['data-brand'])).toEqual(['Nordlicht', 'Bergwelt', 'AlpinX']);
    const widths = q2.map((rect) => Number(rect.attrs.width));
    expect(widths[0]! / widths[1]!).toBeCloseTo(5 / 3, 2);
    expect(new Set(q2.map((rect) => rect.attrs.fill)).size).toBe(3);
    expect(segments('Q1 2025')[0]!.attrs.fill).toBe(q2[0]!.attrs.fill);
  });

  it('writes the own share beside each bar and says when a period has no mentions', () => {
    expect(findAll(chart, 'text').filter((t) => t.attrs['data-own-share'] !== undefined).map(textContent)).toEqual(['20%', '50%']);
    expect(findAll(chart, 'text').map(textContent)).toContain('No mentions in this period');
  });

  it('names every brand in the legend and the desc', () => {
    const texts = findAll(chart, 'text').map(textContent);
    expect(texts).toEqual(expect.arrayContaining(['Nordlicht (own)', 'Bergwelt', 'AlpinX']));
    expect(textContent(findAll(chart, 'desc')[0]!)).toContain('Q2 2025: Nordlicht 50% (500 mentions), Bergwelt 30% (300 mentions), AlpinX 20% (200 mentions).');
    expect(textContent(findAll(chart, 'title')[0]!)).toBe('Share of voice by competitor per period');
  });
});
