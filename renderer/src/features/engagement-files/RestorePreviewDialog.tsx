import { useId, useState } from 'react';
import type { RestorePreview } from '../../../../shared/ipc/contract-restore';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import './engagement-files.css';
import { plural } from '../../components/format';
import { useFormat } from '../../components/useFormat';

interface Props {
  preview: RestorePreview;
  busy: boolean;
  error: string | null;
  onRestore: (asNew: boolean) => void;
  onCancel: () => void;
}

const PLACE = { active: 'Active', archived: 'Archived', trash: 'In the trash' } as const;
const HERE = { no: 'No', same: 'Yes, identical (skipped)', differs: 'Yes, different' } as const;

/** What a workspace backup holds and how it will be restored, before anything changes. */
export function RestorePreviewDialog({ preview, busy, error, onRestore, onCancel }: Props) {
  const { dateTime: formatDateTime } = useFormat();
  const [asNew, setAsNew] = useState(!preview.asSavedAllowed);
  const how = useId();
  const count = preview.clients.length;
  return (
    <Dialog
      title={`Restore “${preview.fileName}”`}
      description={`A backup of ${plural(count, 'client')} made ${formatDateTime(preview.exportedAt)} by Cairn ${preview.appVersion}. Nothing changes until you restore.`}
      onClose={onCancel}
      size="large"
      footer={
        <>
          <Button onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="primary" disabled={busy || count === 0} onClick={() => onRestore(asNew)}>
            {asNew ? `Restore ${plural(count, 'client')} as new` : `Restore ${plural(count, 'client')}`}
          </Button>
        </>
      }
    >
      <div className="import-preview" aria-busy={busy}>
        <div className="table-wrap">
          <table className="table" aria-label="Clients in the backup">
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">State</th>
                <th scope="col" className="table__num">
                  Stakeholders
                </th>
                <th scope="col" className="table__num">
                  Engagements
                </th>
                <th scope="col">Already here</th>
              </tr>
            </thead>
            <tbody>
              {preview.clients.map((client) => (
                <tr key={client.id}>
                  <th scope="row">{client.name}</th>
                  <td>{PLACE[client.place]}</td>
                  <td className="table__num">{client.stakeholders}</td>
                  <td className="table__num">{client.engagements}</td>
                  <td>{HERE[client.here]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {preview.migratedFrom !== null ? <p className="notice">The backup comes from an older Cairn (schema version {preview.migratedFrom}); it was brought up to date.</p> : null}
        <fieldset className="import-preview__mode">
          <legend className="field__label">Restore how</legend>
          <label className="import-preview__option">
            <input type="radio" name={how} checked={!asNew} disabled={busy || !preview.asSavedAllowed} onChange={() => setAsNew(false)} />
            As saved in the backup
          </label>
          <label className="import-preview__option">
            <input type="radio" name={how} checked={asNew} disabled={busy} onChange={() => setAsNew(true)} />
            As new clients, marked “(restored)”
          </label>
        </fieldset>
        {preview.asSavedRefusal ? <p className="field__hint">{preview.asSavedRefusal}</p> : null}
        <p className="field__hint">
          {preview.clientsHere > 0
            ? `Your ${plural(preview.clientsHere, 'client')} stay as they are; the workspace is backed up to the data folder’s backups/ first.`
            : 'This workspace is empty.'}
          {preview.frameworksToAdd.length > 0 ? ` Adds to your framework library: ${preview.frameworksToAdd.join(', ')}.` : ''}
        </p>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
