import { useState } from 'react';
import { Archive, ArchiveRestore, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { useActions } from '../../store/StoreContext';
import { viewOf } from '../../store/docs.selectors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Badge } from '../../components/Badge';
import { plural } from '../../components/format';
import { sizeLabel } from '../../components/organization-size';
import { initials } from '../client-list/ClientList';
import { ExportButton } from '../deliverables/ExportButton';
import { ExportClientFileButton } from '../engagement-files/ExportClientFileButton';
import { IconButton } from '../../components/IconButton';
import { ClientSyncLine } from '../sync/ClientSyncLine';
import { ShareClientButton } from '../sync/ShareClientButton';

export function ClientHeader({ client }: { client: Client }) {
  const { archiveClient, unarchiveClient, trashClient } = useActions();
  const [confirmTrash, setConfirmTrash] = useState(false);
  const view = viewOf(client);
  const sponsor = client.stakeholders.find((person) => person.isSponsor);
  const champions = client.stakeholders.filter((person) => person.isChampion).length;
  const facts = [
    client.industry,
    client.size === '' ? null : sizeLabel(client.size),
    client.region,
    plural(client.stakeholders.length, 'stakeholder'),
    sponsor ? `Sponsor: ${sponsor.name}` : null,
    champions > 0 ? plural(champions, 'champion') : null,
  ].filter((fact): fact is string => Boolean(fact));

  return (
    <header className="client-header">
      <div className="client-header__avatar" aria-hidden="true">
        {initials(client.name)}
      </div>
      <div>
        <h1 className="client-header__name">
          {client.name}
          {view === 'archived' ? <Badge tone="warning">Archived</Badge> : null}
          {view === 'trash' ? <Badge tone="warning">In the trash</Badge> : null}
        </h1>
        <ul className="client-header__facts" aria-label="Quick facts" title={facts.join(' · ')}>
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      </div>
      {view !== 'trash' ? (
        <div className="client-header__actions">
          <ExportButton />
          <ExportClientFileButton client={client} />
          <ShareClientButton client={client} />
          {view === 'active' ? (
            <IconButton label="Archive" icon={<Archive size={16} aria-hidden="true" />} onClick={() => archiveClient(client.id)} />
          ) : (
            <IconButton label="Restore" icon={<ArchiveRestore size={16} aria-hidden="true" />} onClick={() => unarchiveClient(client.id)} />
          )}
          <IconButton label="Move to trash" tone="danger" icon={<Trash2 size={16} aria-hidden="true" />} onClick={() => setConfirmTrash(true)} />
        </div>
      ) : null}
      <ClientSyncLine clientId={client.id} />
      {confirmTrash ? (
        <ConfirmDialog
          title={`Move ${client.name} to the trash?`}
          message="It leaves your client list but stays in the trash, with all its stakeholders, until you empty the trash."
          confirmLabel="Move to trash"
          tone="danger"
          onCancel={() => setConfirmTrash(false)}
          onConfirm={() => {
            trashClient(client.id);
            setConfirmTrash(false);
          }}
        />
      ) : null}
    </header>
  );
}
