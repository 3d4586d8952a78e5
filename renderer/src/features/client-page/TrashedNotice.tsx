import { useState } from 'react';
import { ArchiveRestore, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { useActions } from '../../store/StoreContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Button } from '../../components/Button';

/** A trashed client is read-only: restore it to edit, or delete it for good. */
export function TrashedNotice({ client }: { client: Client }) {
  const { restoreFromTrash, deleteForever, selectClient } = useActions();
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <>
      <EmptyState
        icon={<Trash2 size={28} />}
        title={`${client.name} is in the trash`}
        action={
          <div className="button-row">
            <Button variant="primary" onClick={() => restoreFromTrash(client.id)}>
              <ArchiveRestore size={14} aria-hidden="true" />
              Restore
            </Button>
            <Button variant="ghost-danger" onClick={() => setConfirmDelete(true)}>
              Delete forever
            </Button>
          </div>
        }
      >
        Restore it to see and edit its details again, or delete it forever.
      </EmptyState>
      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete ${client.name} forever?`}
          message="The client and all its stakeholders will be deleted. This cannot be undone."
          confirmLabel="Delete forever"
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            deleteForever(client.id);
            selectClient(null);
            setConfirmDelete(false);
          }}
        />
      ) : null}
    </>
  );
}
