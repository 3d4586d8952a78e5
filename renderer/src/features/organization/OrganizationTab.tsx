import type { Client } from '../../../../shared/domain/client';
import { CommitteeSection } from './CommitteeSection';
import { GapsSummary } from './GapsSummary';
import { OperatingModelSection } from './OperatingModelSection';
import { RolesSection } from './RolesSection';
import { SupportChecklist } from './SupportChecklist';
import './organization.css';

/** Roles and governance of the client's social business; the first edit creates the record. */
export function OrganizationTab({ client }: { client: Client }) {
  const organization = client.organization;
  return (
    <div className="organization">
      <div className="organization__main">
        <section className="card" aria-labelledby="org-roles-title">
          <h3 id="org-roles-title" className="kpi-detail__section-title">
            Roles
          </h3>
          <p className="org-section__intro">The people who carry social business day to day. Pick a stakeholder, or type a name for a hire or an agency.</p>
          <RolesSection client={client} organization={organization} />
        </section>
        <section className="card" aria-labelledby="org-committee-title">
          <h3 id="org-committee-title" className="kpi-detail__section-title">
            Social Media Committee
          </h3>
          <CommitteeSection client={client} organization={organization} />
        </section>
        <section className="card" aria-labelledby="org-model-title">
          <h3 id="org-model-title" className="kpi-detail__section-title">
            Operating model
          </h3>
          <OperatingModelSection clientId={client.id} organization={organization} />
        </section>
        <section className="card" aria-labelledby="org-support-title">
          <h3 id="org-support-title" className="kpi-detail__section-title">
            Community manager support
          </h3>
          <p className="org-section__intro">The role spans departments and cannot work without the organization behind it. Tick what is in place.</p>
          <SupportChecklist clientId={client.id} organization={organization} />
        </section>
      </div>
      <aside className="organization__aside">
        <GapsSummary organization={organization} />
      </aside>
    </div>
  );
}
