import { Suspense } from 'react';
import type { Client } from '../../../../shared/domain/client';
import { useActions, useCairn } from '../../store/StoreContext';
import { viewOf } from '../../store/docs.selectors';
import { ClientHeader } from './ClientHeader';
import { ClientTabs } from './ClientTabs';
import { OverviewTab } from './OverviewTab';
import { TrashedNotice } from './TrashedNotice';
import { DepartmentsTab } from '../departments/DepartmentsTab';
import { StakeholdersTab } from '../stakeholders/StakeholdersTab';
import { HistoryTab } from '../history/HistoryTab';
import { EngagementsTab } from '../engagements/EngagementsTab';
import { MaturityTab } from '../maturity/MaturityTab';
import { TenStagesTab } from '../ten-stages/TenStagesTab';
import { AuditTab } from '../audit/AuditTab';
import { FirstMovesTab } from '../first-moves/FirstMovesTab';
import { KpisTab } from '../kpis/KpisTab';
import { OrganizationTab } from '../organization/OrganizationTab';
import { WorkshopsTab } from '../workshops/WorkshopsTab';
import { LoadingPanel } from '../../components/LoadingPanel';
import { RoadmapTab } from '../app-shell/lazy-parts';
import './client-page.css';

export function ClientPage({ client }: { client: Client }) {
  const tab = useCairn((state) => state.tab);
  const { setTab } = useActions();
  const trashed = viewOf(client) === 'trash';
  return (
    <div className="client-page">
      <ClientHeader client={client} />
      {trashed ? (
        <TrashedNotice client={client} />
      ) : (
        <ClientTabs tab={tab} onChange={setTab} counts={{
            departments: client.functions.length,
            stakeholders: client.stakeholders.length,
            engagements: client.engagements.length,
            workshops: client.workshops.length,
            maturity: client.assessments.length,
            roadmap: client.initiatives.length,
            kpis: client.kpis.length,
          }}>
          {tab === 'overview' ? <OverviewTab client={client} /> : null}
          {tab === 'departments' ? <DepartmentsTab client={client} /> : null}
          {tab === 'stakeholders' ? <StakeholdersTab client={client} /> : null}
          {tab === 'organization' ? <OrganizationTab client={client} /> : null}
          {tab === 'engagements' ? <EngagementsTab client={client} /> : null}
          {tab === 'workshops' ? <WorkshopsTab client={client} /> : null}
          {tab === 'maturity' ? <MaturityTab client={client} /> : null}
          {tab === 'ten-stages' ? <TenStagesTab client={client} /> : null}
          {tab === 'audit' ? <AuditTab client={client} /> : null}
          {tab === 'first-moves' ? <FirstMovesTab client={client} /> : null}
          {tab === 'roadmap' ? (
            <Suspense fallback={<LoadingPanel label="Loading the roadmap…" />}>
              <RoadmapTab client={client} />
            </Suspense>
          ) : null}
          {tab === 'kpis' ? <KpisTab client={client} /> : null}
          {tab === 'history' ? <HistoryTab client={client} /> : null}
        </ClientTabs>
      )}
    </div>
  );
}
