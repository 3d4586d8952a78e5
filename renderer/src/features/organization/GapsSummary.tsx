import { CircleAlert, CircleCheck } from 'lucide-react';
import { ROLES } from '../../../../shared/domain/reference-lists';
import { blankOrganization, organizationGaps, type Organization } from '../../../../shared/organization';

const EMPTY = blankOrganization({ id: 'none', now: '1970-01-01T00:00:00.000Z' });

/** What the organization still lacks, phrased for the roadmap conversation. */
export function GapsSummary({ organization }: { organization: Organization | null }) {
  const gaps = organizationGaps(organization ?? EMPTY);
  const lines: string[] = [];
  if (gaps.unfilledRoles.length > 0) lines.push(`Nobody holds ${listOf(gaps.unfilledRoles)}.`);
  if (gaps.noCommittee) lines.push('There is no Social Media Committee yet.');
  if (gaps.noOperatingModel) lines.push('No operating model has been chosen.');
  if (gaps.unmetSupport.length > 0) lines.push(`The community manager still lacks ${listOf(gaps.unmetSupport.map((item) => item.label.toLowerCase()))}.`);

  return (
    <section className="card" aria-labelledby="org-gaps-title">
      <h3 id="org-gaps-title" className="kpi-detail__section-title">
        Gaps
      </h3>
      {lines.length === 0 ? (
        <p className="org-gaps__ok">
          <CircleCheck size={16} aria-hidden="true" /> Every role is held, the committee meets, a model is chosen and the community manager has the support the role needs.
        </p>
      ) : (
        <ul className="org-gaps__list">
          {lines.map((line) => (
            <li key={line}>
              <CircleAlert size={15} aria-hidden="true" className="org-gaps__icon" />
              <span>{line}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="org-gaps__tally">
        <div>
          <dt>Roles held</dt>
          <dd>
            {ROLES.length - gaps.unfilledRoles.length} of {ROLES.length}
          </dd>
        </div>
        <div>
          <dt>Support met</dt>
          <dd>
            {(organization?.supportChecklist.length ?? EMPTY.supportChecklist.length) - gaps.unmetSupport.length} of {organization?.supportChecklist.length ?? EMPTY.supportChecklist.length}
          </dd>
        </div>
        <div>
          <dt>Committee</dt>
          <dd>{organization?.committeeMemberIds.length ?? 0}</dd>
        </div>
      </dl>
    </section>
  );
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
