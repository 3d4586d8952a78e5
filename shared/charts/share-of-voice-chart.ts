import type { SovPeriod } from '../kpi/kpi-schema';
import { categoryColour, NEUTRAL, textColourOn } from './chart-palette';
import { chartRoot } from './chart-frame';
import { chartLegend } from './chart-legend';
import { estimateTextWidth, wrapLabel } from './chart-text';
import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export interface ShareOfVoiceChartOptions {
  periods: readonly SovPeriod[];
  /** How the organization itself is named in the legend (the client's name). */
  ownName: string;
  width?: number;
  title?: string;
  idPrefix?: string;
}

const FONT = 9.5;
const ROW = 24;
const BAR = 16;
const LABEL_WIDTH = 86;
const VALUE_WIDTH = 64;

export interface SovShare {
  name: string;
  mentions: number;
  /** Percent of all mentions in the period, 0–100. */
  percent: number;
}

/** Each brand's share of a period's mentions, the organization first, then competitors as listed; empty when nobody was mentioned. */
export function sovShares(period: SovPeriod, ownName: string, brands: readonly string[]): SovShare[] {
  const counts = new Map<string, number>([[ownName, period.ownMentions]]);
  for (const competitor of period.competitorMentions) counts.set(competitor.name, (counts.get(competitor.name) ?? 0) + competitor.mentions);
  const total = [...counts.values()].reduce((sum, value) => sum + value, 0);
  if (total <= 0) return [];
  return brands.map((name) => ({ name, mentions: counts.get(name) ?? 0, percent: ((counts.get(name) ?? 0) / total) * 100 }));
}

const pct = (value: number) => `${Math.round(value)}%`;

/**
 * Share of voice by brand per period: one 100 % bar per period (oldest at the top), a segment
 * per brand in a fixed colour, the organization's share written beside each bar. Segments wide
 * enough carry their own percentage, so the split reads without the legend.
 */
export function shareOfVoiceChart(options: ShareOfVoiceChartOptions): SvgElement {
  const width = Math.max(320, options.width ?? 520);
  const periods = [...options.periods].sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  const brands = [options.ownName, ...new Set(periods.flatMap((period) => period.competitorMentions.map((competitor) => competitor.name)).filter((name) => name !== options.ownName))];
  const plotLeft = LABEL_WIDTH;
  const plotWidth = width - LABEL_WIDTH - VALUE_WIDTH;
  const top = 18;

  const header = el('text', { x: round2(width - VALUE_WIDTH + 6), y: 11, 'font-size': FONT - 1, 'font-weight': 600, fill: NEUTRAL.mutedText }, [txt('Own share')]);
  const rows: SvgNode[] = periods.map((period, index) => {
    const y = top + index * ROW;
    const shares = sovShares(period, options.ownName, brands);
    const parts: SvgNode[] = [el('text', { x: 4, y: round2(y + BAR / 2 + 3.5), 'font-size': FONT, fill: NEUTRAL.text }, [txt(wrapLabel(period.periodLabel, 14, 1)[0] ?? period.periodLabel)])];
    if (shares.length === 0) {
      parts.push(el('text', { x: round2(plotLeft + 4), y: round2(y + BAR / 2 + 3.5), 'font-size': FONT - 1, 'font-style': 'italic', fill: NEUTRAL.mutedText }, [txt('No mentions in this period')]));
      return el('g', { 'data-period': period.periodLabel }, parts);
    }
    let cursor = plotLeft;
    shares.forEach((share, brandIndex) => {
      const segment = (share.percent / 100) * plotWidth;
      if (segment <= 0) return;
      const fill = categoryColour(brandIndex);
      parts.push(el('rect', { x: round2(cursor), y: round2(y), width: round2(segment), height: BAR, fill, stroke: '#ffffff', 'stroke-width': 0.75, 'data-brand': share.name, 'data-percent': round2(share.percent) }));
      if (segment >= estimateTextWidth('100%', FONT - 1) + 6) {
        parts.push(el('text', { x: round2(cursor + segment / 2), y: round2(y + BAR / 2 + 3.5), 'text-anchor': 'middle', 'font-size': FONT - 1, 'font-weight': brandIndex === 0 ? 700 : 400, fill: textColourOn(fill) }, [txt(pct(share.percent))]));
      }
      cursor += segment;
    });
    parts.push(el('text', { x: round2(width - VALUE_WIDTH + 6), y: round2(y + BAR / 2 + 3.5), 'font-size': FONT, 'font-weight': 700, fill: categoryColour(0), 'data-own-share': round2(shares[0]!.percent) }, [txt(pct(shares[0]!.percent))]));
    return el('g', { 'data-period': period.periodLabel }, parts);
  });
  const plotBottom = top + periods.length * ROW;
  const legend = chartLegend(
    brands.map((name, index) => ({ swatch: el('rect', { y: 1, width: 14, height: 12, fill: categoryColour(index) }), text: index === 0 ? `${name} (own)` : name })),
    { x: 4, y: plotBottom + 6, maxWidth: width - 8, fontSize: FONT - 0.5 },
  );

  const desc =
    periods.length === 0
      ? 'No share-of-voice periods recorded yet.'
      : `Share of voice per period, own brand against ${brands.length - 1} competitor${brands.length === 2 ? '' : 's'}. ` +
        periods
          .map((period) => {
            const shares = sovShares(period, options.ownName, brands);
            return shares.length === 0 ? `${period.periodLabel}: no mentions.` : `${period.periodLabel}: ${shares.map((share) => `${share.name} ${pct(share.percent)} (${share.mentions} mentions)`).join(', ')}.`;
          })
          .join(' ');
  return chartRoot({
    width,
    height: plotBottom + 6 + legend.height + 4,
    title: options.title ?? 'Share of voice by competitor per period',
    desc,
    idPrefix: options.idPrefix ?? 'share-of-voice',
    children: [header, el('g', { 'data-part': 'bars' }, rows), legend.node],
  });
}
