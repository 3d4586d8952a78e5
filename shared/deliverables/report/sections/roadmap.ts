import { formatNumber } from '../../../format/format';
import { timingLabel } from '../../../roadmap/calendar';
import type { Initiative } from '../../../roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS, PHASES, PHASE_IDS, TRACK_IDS, TRACK_LABELS, phaseOf } from '../../../roadmap/roadmap-reference';
import { capitalise, countWord, counted } from '../../narrative/editorial';
import { TOP_INITIATIVES_RULE } from '../../narrative/top-initiatives';
import type { PdfContent } from '../pdf-doc-types';
import { h2, nothingYet, sectionHeading, type ReportContext } from '../report-context';
import { INK, MUTED, cell, dataTable, keepWithNext } from '../report-style';

/** Board order: phase, then track, then the order on the board. */
export const byBoard = (a: Initiative, b: Initiative) => PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) || TRACK_IDS.indexOf(a.track) - TRACK_IDS.indexOf(b.track) || a.order - b.order;

/** How many ranked initiatives the body lists; the rest are in the appendix. */
export const TOP_INITIATIVES_SHOWN = 10;

/**
 * The portfolio at a glance: one row per phase with its initiatives counted by track and
 * status, then the top initiatives by the stated rule. Every initiative's card is in the
 * appendix, so a roadmap of hundreds stays a page or two here.
 */
export function roadmap(ctx: ReportContext): PdfContent[] {
  const head = sectionHeading(ctx, 'roadmap');
  const all = ctx.scope.initiatives;
  if (all.length === 0) return [...head, nothingYet('No initiatives have been placed on the roadmap yet.')];
  const n = (value: number) => formatNumber(value, ctx.locale);
  const count = (list: readonly Initiative[], test: (item: Initiative) => boolean) => list.filter(test).length;
  const rows = PHASES.map((phase) => {
    const inPhase = all.filter((item) => item.phase === phase.id);
    return [
      cell(`${phase.number}. ${phase.name}`, { style: 'tdStrong' }),
      cell(n(count(inPhase, (item) => item.track === 'internal')), { alignment: 'right' }),
      cell(n(count(inPhase, (item) => item.track === 'external')), { alignment: 'right' }),
      cell(n(count(inPhase, (item) => item.status === 'done')), { alignment: 'right' }),
      cell(n(count(inPhase, (item) => item.status === 'in-progress')), { alignment: 'right' }),
      cell(n(count(inPhase, (item) => item.status === 'idea' || item.status === 'planned')), { alignment: 'right' }),
      cell(n(count(inPhase, (item) => item.status === 'dropped')), { alignment: 'right', color: MUTED }),
      cell(n(inPhase.length), { alignment: 'right', bold: true, color: INK }),
    ];
  });
  const { total, done, inProgress, notStarted, dropped } = ctx.facts.initiatives;
  rows.push([
    cell('All phases', { style: 'tdStrong' }),
    cell(n(count(all, (item) => item.track === 'internal')), { alignment: 'right', bold: true }),
    cell(n(count(all, (item) => item.track === 'external')), { alignment: 'right', bold: true }),
    cell(n(done), { alignment: 'right', bold: true }),
    cell(n(inProgress), { alignment: 'right', bold: true }),
    cell(n(notStarted), { alignment: 'right', bold: true }),
    cell(n(dropped), { alignment: 'right', bold: true, color: MUTED }),
    cell(n(total), { alignment: 'right', bold: true, color: INK }),
  ]);
  const top = ctx.facts.topInitiatives.slice(0, TOP_INITIATIVES_SHOWN);
  return [
    ...head,
    {
      text: `${capitalise(counted(total, 'initiative'))} across the four phases: ${countWord(done)} done, ${countWord(inProgress)} in progress, ${countWord(notStarted)} not started${dropped > 0 ? `, ${countWord(dropped)} dropped` : ''}. Every phase has work inside the organization and work facing the outside world.`,
      style: 'body',
    },
    keepWithNext(
      h2('Portfolio'),
      dataTable(ctx.brand, ['*', 42, 42, 34, 48, 48, 42, 34], ['Phase', TRACK_LABELS.internal, TRACK_LABELS.external, 'Done', 'In progress', 'Not started', 'Dropped', 'All'], rows),
    ),
    ...(top.length > 0
      ? [
          keepWithNext(
            h2(`Top ${top.length === 1 ? 'initiative' : `${top.length} initiatives`}`),
            { text: `Ranked: ${TOP_INITIATIVES_RULE.charAt(0).toLowerCase()}${TOP_INITIATIVES_RULE.slice(1)}`, style: 'small', margin: [0, 0, 0, 2] },
            dataTable(
              ctx.brand,
              [16, '*', 60, 56, 58, 44],
              ['#', 'Initiative', 'Phase · track', 'Status', 'Start', 'Impact / effort'],
              top.map((item, index) => [
                cell(String(index + 1), { color: MUTED }),
                cell(item.title, { style: 'tdStrong' }),
                cell(`${phaseOf(item.phase).number} · ${TRACK_LABELS[item.track]}`),
                cell(INITIATIVE_STATUS_LABELS[item.status]),
                cell(item.start ? timingLabel(item.start) : 'Not scheduled', item.start ? {} : { color: MUTED }),
                cell(`${item.impact} / ${item.effort}`, { alignment: 'center' }),
              ]),
            ),
          ),
        ]
      : []),
    { text: `Each initiative is described on its own card in the appendix (${ctx.titles.initiatives}).`, style: 'small' },
  ];
}
