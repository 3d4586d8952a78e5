import { OPERATING_MODEL_INFO, organizationGaps } from '../../../organization';
import type { PdfContent, PdfNode } from '../pdf-doc-types';
import { INK, MUTED, SUCCESS, WARNING, keepWithNext } from '../report-style';
import { flowingHeading } from './flowing-heading';
import { h2, nothingYet, type ReportContext } from '../report-context';

/** "a", "a and b", "a, b and c". */
const andList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/**
 * How the work is organized: the operating model with the consultant's reason for it, who
 * holds the new roles, who sits on the Social Media Committee, and whether the community
 * manager has the support the role needs; what is still open is said plainly.
 */
export function organizationSection(ctx: ReportContext): PdfContent[] {
  const head = (...first: PdfContent[]) => flowingHeading(ctx, 'organization', ...first);
  const organization = ctx.client.organization;
  if (!organization) return [head(nothingYet('The organization and operating model have not been recorded yet.'))];
  const people = new Map(ctx.client.stakeholders.map((person) => [person.id, person]));
  const gaps = organizationGaps(organization);
  const model = organization.operatingModel ? OPERATING_MODEL_INFO[organization.operatingModel] : null;
  const rationale = organization.operatingModelRationale.trim();
  const holder = (stakeholderId: string | null, name: string): { text: string; open: boolean } => {
    const person = stakeholderId ? people.get(stakeholderId) : undefined;
    if (person) return { text: person.title ? `${person.name}, ${person.title}` : person.name, open: false };
    return name.trim() ? { text: name.trim(), open: false } : { text: 'Open', open: true };
  };
  const committee = organization.committeeMemberIds.flatMap((id) => {
    const person = people.get(id);
    return person ? [person.title ? `${person.name} (${person.title})` : person.name] : [];
  });
  const met = organization.supportChecklist.filter((item) => item.met).length;

  const summary: string[] = [];
  if (gaps.unfilledRoles.length > 0) summary.push(`${gaps.unfilledRoles.length === 1 ? 'one role is' : `${gaps.unfilledRoles.length} roles are`} still open (${gaps.unfilledRoles.join(', ')})`);
  if (gaps.noCommittee) summary.push('there is no Social Media Committee yet');
  if (gaps.unmetSupport.length > 0) summary.push(`the community manager lacks ${andList(gaps.unmetSupport.map((item) => item.label.toLowerCase()))}`);

  return [
    head(
      { text: summary.length === 0 ? 'Every role is held, the committee meets and the community manager has the support the role needs.' : `Still to do: ${summary.join('; ')}.`, style: 'body', bold: true, color: INK },
      keepWithNext(
        h2(model ? `Operating model: ${model.name}` : 'Operating model'),
        model ? { text: model.description, style: 'body' } : nothingYet('No operating model has been chosen yet.'),
        ...(rationale ? [{ text: [{ text: 'Why this model: ', bold: true, color: INK }, { text: rationale.replace(/\s*\n\s*/g, ' ') }], style: 'body' } as PdfNode] : model ? [nothingYet('The reason for this model has not been written down yet.')] : []),
      ),
    ),
    // Roles as one compact list: five lines, where a table would take a third of the page.
    keepWithNext(h2('Roles'), {
      ul: organization.roleHolders.map((entry): PdfNode => {
        const who = holder(entry.stakeholderId, entry.name);
        return { text: [{ text: `${entry.role}: `, bold: true, color: INK }, { text: who.text, ...(who.open ? { color: WARNING, bold: true } : {}) }], style: 'td', margin: [0, 0, 0, 2] };
      }),
      markerColor: ctx.brand,
      margin: [0, 0, 0, 6],
    }),
    keepWithNext(
      h2('Social Media Committee'),
      committee.length === 0 ? nothingYet('Nobody sits on the committee yet.') : { text: `${committee.length} members: ${committee.join('; ')}.`, style: 'body' },
    ),
    keepWithNext(h2(`What the community manager needs: ${met} of ${organization.supportChecklist.length} in place`), {
      ul: organization.supportChecklist.map((item): PdfNode => ({
        text: [
          { text: item.met ? 'In place. ' : 'Not yet. ', bold: true, color: item.met ? SUCCESS : WARNING },
          { text: item.label, bold: true, color: INK },
          ...(item.note.trim() ? [{ text: ` ${item.note.trim()}`, color: MUTED }] : []),
        ],
        style: 'td',
        margin: [0, 0, 0, 2],
      })),
      markerColor: ctx.brand,
    }),
  ];
}
