import { useEffect, useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import { useApi } from '../../api/ApiContext';
import { Subnav } from '../../components/Subnav';
import { useActions } from '../../store/StoreContext';
import { ActionsList } from './ActionsList';
import { WorkshopList } from './WorkshopList';
import { WorkshopView } from './WorkshopView';
import './workshops.css';
import './new-workshop-dialog.css';
import './workshop-plan.css';
import './workshop-summary.css';

type WorkshopsView = 'workshops' | 'actions';
const VIEWS: readonly WorkshopsView[] = ['workshops', 'actions'];
const LABELS: Record<WorkshopsView, string> = { workshops: 'Workshops', actions: 'Actions' };
const PANEL_ID = 'workshops-panel';
const tabId = (view: WorkshopsView) => `workshops-tab-${view}`;

/** Workshops: the client's sessions (plan, facilitate, summary) and every action they produced. */
export function WorkshopsTab({ client }: { client: Client }) {
  const api = useApi();
  const { loadWorkshopTemplates } = useActions();
  const [view, setView] = useState<WorkshopsView>('workshops');
  const [openId, setOpenId] = useState<string | null>(null);
  const open = client.workshops.find((workshop) => workshop.id === openId);

  useEffect(() => {
    void loadWorkshopTemplates(api);
  }, [api, loadWorkshopTemplates]);

  const openWorkshop = (id: string) => {
    setView('workshops');
    setOpenId(id);
  };

  return (
    <div>
      <Subnav views={VIEWS} labels={LABELS} view={view} onChange={setView} label="Workshop views" tabId={tabId} panelId={PANEL_ID} />
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(view)} className="workshops__panel">
        {view === 'actions' ? (
          <ActionsList client={client} onOpenWorkshop={openWorkshop} />
        ) : open ? (
          <WorkshopView key={open.id} client={client} workshop={open} onBack={() => setOpenId(null)} />
        ) : (
          <WorkshopList client={client} onOpen={setOpenId} />
        )}
      </div>
    </div>
  );
}
