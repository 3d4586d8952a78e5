import { renderSvgToString } from '../../../charts/render-svg';
import { stakeholderGridChart } from '../../../charts/stakeholder-grid-chart';
import type { Stakeholder } from '../../../domain/client';
import { QUADRANT_LABELS, quadrantOf } from '../../../stakeholders/influence-grid';
import type { PdfContent } from '../pdf-doc-types';
import { CONTENT_WIDTH, MUTED, WARNING, cell, dataTable, keepWithNext } from '../report-style';
import { flowingHeading } from './flowing-heading';
import { h2, nothingYet, type ReportContext } from '../report-context';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const rolesOf = (person: Stakeholder): string[] =>
  [person.isSponsor ? 'Executive sponsor' : '', person.isChampion ? 'Champion' : '', person.isCommunityLeader ? 'Community leader' : ''].filter(Boolean);

/**
 * Who matters to the programme: the influence/interest grid (the app's own chart), then the
 * sponsor, champions and community leaders by name, and the departments still without a
 * champion (the six moves ask for one per department).
 */
export function stakeholderMap(ctx: ReportContext): PdfContent[] {
  const head = (...first: PdfContent[]) => flowingHeading(ctx, 'stakeholders', ...first);
  const people = ctx.client.stakeholders;
  if (people.length === 0) return [head(nothingYet('No stakeholders have been recorded yet.'))];
  const sponsors = people.filter((person) => person.isSponsor);
  const champions = people.filter((person) => person.isChampion);
  const leaders = people.filter((person) => person.isCommunityLeader);
  const departments = new Map(ctx.client.functions.map((fn) => [fn.id, fn.name]));
  const championed = new Set(champions.map((person) => person.departmentId).filter((id): id is string => id !== null));
  const withoutChampion = ctx.client.functions.filter((fn) => !championed.has(fn.id)).map((fn) => fn.name);
  const keyPeople = people.filter((person) => rolesOf(person).length > 0).sort((a, b) => Number(b.isSponsor) - Number(a.isSponsor) || Number(b.isChampion) - Number(a.isChampion) || a.name.localeCompare(b.name));
  const grid = renderSvgToString(stakeholderGridChart({ stakeholders: people, size: 320, idPrefix: 'report-stakeholders', title: `${ctx.client.name}: stakeholders by influence and interest` }));

  return [
    head(
    {
      text: `${count(people.length, 'stakeholder', 'stakeholders')} recorded: ${count(sponsors.length, 'executive sponsor', 'executive sponsors')}, ${count(champions.length, 'champion', 'champions')} and ${count(leaders.length, 'community leader', 'community leaders')}.`,
      style: 'body',
    }
    ),
    keepWithNext(h2('Influence and interest'), { svg: grid, fit: [CONTENT_WIDTH, 235], alignment: 'center', margin: [0, 2, 0, 2] }),
    keepWithNext(
      h2('Sponsor and champions'),
      keyPeople.length === 0
        ? nothingYet('Nobody has been named executive sponsor, champion or community leader yet.')
        : dataTable(
            ctx.brand,
            ['*', 120, 96, 70],
            ['Name and title', 'Department', 'Role in the programme', 'Quadrant'],
            keyPeople.map((person) => [
              { stack: [{ text: person.name, style: 'tdStrong' }, ...(person.title ? [{ text: person.title, style: 'td' }] : [])] },
              cell(person.departmentId ? (departments.get(person.departmentId) ?? '–') : '–'),
              cell(rolesOf(person).join(', ')),
              cell(QUADRANT_LABELS[quadrantOf(person.influence, person.interest)], { color: MUTED }),
            ]),
          ),
    ),
    ...(sponsors.length === 0 ? [{ text: 'No executive sponsor has been named yet: recruiting one is among the first moves to stage 2.', style: 'body', color: WARNING, bold: true }] : []),
    ...(withoutChampion.length > 0 && ctx.client.functions.length > 0
      ? [{ text: `${count(withoutChampion.length, 'department has', 'departments have')} no champion yet: ${withoutChampion.join(', ')}.`, style: 'body' }]
      : ctx.client.functions.length > 0
        ? [{ text: 'Every department has a champion.', style: 'body' }]
        : []),
  ];
}
