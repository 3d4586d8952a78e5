import { Suspense } from 'react';
import { Building2 } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';
import { selectClientName, selectHasClients, selectSelectedClient } from '../../store/docs.selectors';
import { TitleBar } from './TitleBar';
import { SaveErrorBanner } from './SaveErrorBanner';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { ProblemsBanner } from '../problems/ProblemsBanner';
import { Sidebar } from '../client-list/Sidebar';
import { NewClientDialog } from '../client-list/NewClientDialog';
import { ClientPage } from '../client-page/ClientPage';
import { EmptyState } from '../../components/EmptyState';
import { LoadingPanel } from '../../components/LoadingPanel';
import { useRecentClients } from './useRecentClients';
import { OpeningClient } from './OpeningClient';
import { ExportDialog, SettingsDialog } from './lazy-parts';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function Workspace() {
  useRecentClients();
  const client = useCairn(selectSelectedClient);
  const dialog = useCairn((state) => state.dialog);
  const openDialog = useCairn((state) => state.openDialog);
  const hasClients = useCairn(selectHasClients);
  const selectedId = useCairn((state) => state.selectedClientId);
  // A client chosen in the list whose document is still being read.
  const openingName = useCairn(selectClientName(client ? null : selectedId));
  return (
    <div className="app">
      <TitleBar />
      <ReadOnlyBanner />
      <ProblemsBanner />
      <SaveErrorBanner />
      <div className="workspace">
        <Sidebar />
        <main className="content" aria-label={client ? client.name : (openingName ?? 'Client')}>
          {client ? (
            <ClientPage key={client.id} client={client} />
          ) : selectedId !== null && openingName !== null ? (
            <OpeningClient clientId={selectedId} name={openingName} />
          ) : (
            <EmptyState icon={<Building2 size={32} />} title={hasClients ? 'No client selected' : 'Your workspace is empty'}>
              {hasClients
                ? 'Choose a client on the left to see its details.'
                : `Create your first client with “New client” (${isMac ? '⌘N' : 'Ctrl+N'}). Each client keeps its departments, stakeholders and notes.`}
            </EmptyState>
          )}
        </main>
      </div>
      {dialog === 'new-client' ? <NewClientDialog /> : null}
      {dialog === 'settings' ? (
        <Suspense fallback={<LoadingPanel overlay label="Opening settings…" />}>
          <SettingsDialog />
        </Suspense>
      ) : null}
      {dialog === 'export' && client ? (
        <Suspense fallback={<LoadingPanel overlay label="Opening export…" />}>
          <ExportDialog client={client} onClose={() => openDialog(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
