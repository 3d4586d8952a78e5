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
        <ClientTabs tab={tab} onChange={setTab} counts={{ departments: client.functions.length, stakeholders: client.stakeholders.length }}>
          {tab === 'overview' ? <OverviewTab client={client} /> : null}
          {tab === 'departments' ? <DepartmentsTab client={client} /> : null}
          {tab === 'stakeholders' ? <StakeholdersTab client={client} /> : null}
          {tab === 'history' ? <HistoryTab client={client} /> : null}
        </ClientTabs>
      )}
    </div>
  );
}
