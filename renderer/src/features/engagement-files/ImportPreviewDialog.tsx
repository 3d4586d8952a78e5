import { useId, useMemo } from 'react';
import type { MergeChoice, MergeGroup, MergeItem, MergeState } from '../../../../shared/file-format/import-merge';
import { MERGE_ENTITY_LABELS } from '../../../../shared/file-format/import-merge';
import type { ImportMode, ImportPreview } from '../../../../shared/ipc/contract-engagement-files';
import { Dialog } from '../../components/Dialog';
import { plural } from '../../components/format';
import { useFormat } from '../../components/useFormat';
import { useCairn } from '../../store/StoreContext';
import { listedClients } from '../../store/docs.selectors';
import { Button } from '../../components/Button';
import './engagement-files.css';

interface Props {
  preview: ImportPreview;
  /** A mode just chosen whose preview is still on the way. */
  requestedMode: ImportMode | null;
  decisions: Record<string, MergeChoice>;
  busy: boolean;
  error: string | null;
  onModeChange: (mode: ImportMode) => void;
  onDecide: (key: string, choice: MergeChoice) => void;
  onImport: () => void;
  onCancel: () => void;
  /** For a comparison that is not a file import (a save conflict): its own wording, no choice of mode. */
  wording?: { title: string; description: string; confirm: string };
}

const COLUMNS: { state: MergeState; label: string }[] = [
  { state: 'created', label: 'New' },
  { state: 'updated', label: 'Newer' },
  { state: 'unchanged', label: 'Same' },
  { state: 'skipped', label: 'Yours newer' },
  { state: 'conflict', label: 'Conflicts' },
];

const shown = (group: MergeGroup) => group.kept > 0 || Object.values(group.counts).some((count) => count > 0);

/** What an import will do, before it does it: counts per kind of entity, and each choice left to the consultant. */
export function ImportPreviewDialog({ preview, requestedMode, decisions, busy, error, onModeChange, onDecide, onImport, onCancel, wording }: Props) {
  const { dateTime: formatDateTime } = useFormat();
  const docs = useCairn((state) => state.docs);
  const summaries = useCairn((state) => state.summaries);
  // A client in the trash is offered only when it is the file's own client (restore and merge).
  const trashedTarget = preview.trashedClientId;
  const targets = useMemo(
    () =>
      listedClients(docs, summaries)
        .filter((client) => client.deletedAt === null || client.id === trashedTarget)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [docs, summaries, trashedTarget],
  );
  const modeName = useId();
  const decidable = preview.items.filter((item) => item.state === 'skipped' || item.state === 'conflict');
  const updated = preview.items.filter((item) => item.state === 'updated');
  const mode = requestedMode ?? preview.mode;
  const merge = mode.kind === 'merge';
  const targetId = mode.kind === 'merge' ? mode.targetClientId : (trashedTarget ?? targets[0]?.id ?? '');
  const source = [preview.exportedAt ? `exported ${formatDateTime(preview.exportedAt)}` : null, preview.appVersion ? `by Cairn ${preview.appVersion}` : null].filter(Boolean).join(' ');

  return (
    <Dialog
      title={wording?.title ?? `Import “${preview.fileName}”`}
      description={wording?.description ?? `${preview.clientName}${source ? ` · ${source}` : ''}. Nothing changes until you import.`}
      onClose={onCancel}
      size="large"
      footer={
        <>
          <Button onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="primary" disabled={busy} onClick={onImport}>
            {wording?.confirm ??
              (preview.mode.kind === 'merge'
                ? `${preview.targetInTrash ? 'Restore and merge into' : 'Merge into'} ${preview.targetClientName ?? 'client'}`
                : 'Import as new client')}
          </Button>
        </>
      }
    >
      <div className="import-preview" aria-busy={busy}>
        {wording ? null : (
          <fieldset className="import-preview__mode">
            <legend className="field__label">Import how</legend>
            <label className="import-preview__option">
              <input type="radio" name={modeName} checked={!merge} disabled={busy || preview.source === 'xlsx'} onChange={() => onModeChange({ kind: 'new' })} />
              As a new client
            </label>
            <label className="import-preview__option">
              <input type="radio" name={modeName} checked={merge} disabled={busy || targets.length === 0} onChange={() => targetId && onModeChange({ kind: 'merge', targetClientId: targetId })} />
              {trashedTarget !== null && merge && targetId === trashedTarget ? 'Restore from the trash and merge into' : 'Merge into'}
            </label>
            <select
              className="select import-preview__target"
              aria-label="Client to merge into"
              value={merge ? targetId : ''}
              disabled={busy || targets.length === 0}
              onChange={(event) => onModeChange({ kind: 'merge', targetClientId: event.target.value })}
            >
              {!merge ? <option value="">Choose a client…</option> : null}
              {targets.map((client) => (
                <option key={client.id} value={client.id}>
                  {client.deletedAt !== null ? `${client.name} (in the trash)` : client.name}
                </option>
              ))}
            </select>
          </fieldset>
        )}

        {trashedTarget !== null ? (
          <p className="notice notice--warning">
            “{targets.find((client) => client.id === trashedTarget)?.name ?? preview.clientName}” is in the trash. Restore it and merge the file into it, or import the file as a new client.
          </p>
        ) : null}
        {preview.landingNote ? <p className="notice notice--warning">After the import: {preview.landingNote}</p> : null}
        {preview.freshIds ? (
          <p className="notice">This client is already in your workspace, so the import becomes a copy named “{preview.newClientName}” with its own ids.</p>
        ) : null}
        {preview.migratedFrom !== null ? <p className="notice">The file comes from an older Cairn (schema version {preview.migratedFrom}); it was brought up to date.</p> : null}
        {preview.unknownFieldCount > 0 ? (
          <p className="notice notice--warning">
            A newer Cairn wrote {plural(preview.unknownFieldCount, 'field')} this version does not know; they will not be kept: {preview.unknownFields.slice(0, 4).join(', ')}
            {preview.unknownFieldCount > 4 ? ', …' : ''}.
          </p>
        ) : null}

        <div className="table-wrap">
          <table className="table import-preview__counts" aria-label="What the import will do">
            <thead>
              <tr>
                <th scope="col">What</th>
                {COLUMNS.map((column) => (
                  <th key={column.state} scope="col" className="table__num">
                    {column.label}
                  </th>
                ))}
                {preview.mode.kind === 'merge' ? (
                  <th scope="col" className="table__num">
                    Only here
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {preview.groups.filter(shown).map((group) => (
                <tr key={group.entity}>
                  <th scope="row">{group.label}</th>
                  {COLUMNS.map((column) => (
                    <td key={column.state} className={`table__num${group.counts[column.state] > 0 ? ` import-preview__count--${column.state}` : ' muted'}`}>
                      {group.counts[column.state] || '–'}
                    </td>
                  ))}
                  {preview.mode.kind === 'merge' ? <td className={`table__num${group.kept > 0 ? '' : ' muted'}`}>{group.kept || '–'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {preview.mode.kind === 'merge' ? <p className="field__hint">Items are matched by id; the more recently changed copy wins. Items only in your workspace stay as they are.</p> : null}

        {decidable.length > 0 ? (
          <section aria-label="Choices">
            <h3 className="import-preview__heading">Your copy was changed later, or both changed: choose per item</h3>
            <ul className="import-preview__list">
              {decidable.map((item) => (
                <DecisionRow key={item.key} item={item} choice={decisions[item.key] ?? 'mine'} onDecide={onDecide} disabled={busy} />
              ))}
            </ul>
          </section>
        ) : null}

        {updated.length > 0 ? (
          <details className="import-preview__details">
            <summary>{plural(updated.length, 'item')} newer in the file will replace yours</summary>
            <ul className="import-preview__list">
              {updated.map((item) => (
                <li key={item.key} className="import-preview__item">
                  <span className="import-preview__label">
                    {item.label} <span className="muted">· {MERGE_ENTITY_LABELS[item.entity]}</span>
                  </span>
                  <span className="import-preview__reason">{item.reason}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {preview.itemCount > preview.items.length ? <p className="field__hint">The first {preview.items.length} of {preview.itemCount} changes are listed.</p> : null}
        {preview.frameworksToAdd.length > 0 ? <p className="field__hint">Adds to your framework library: {preview.frameworksToAdd.join(', ')}.</p> : null}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}

function DecisionRow({ item, choice, onDecide, disabled }: { item: MergeItem; choice: MergeChoice; onDecide: (key: string, choice: MergeChoice) => void; disabled: boolean }) {
  return (
    <li className="import-preview__item">
      <span className="import-preview__label">
        {item.label} <span className="muted">· {MERGE_ENTITY_LABELS[item.entity]}</span>
      </span>
      <span className="import-preview__reason">{item.reason}</span>
      {item.entity === 'frameworks' ? null : (
        <select className="select import-preview__choice" aria-label={`Keep which copy of ${item.label}`} value={choice} disabled={disabled} onChange={(event) => onDecide(item.key, event.target.value as MergeChoice)}>
          <option value="mine">Keep mine</option>
          <option value="theirs">Take the file’s</option>
        </select>
      )}
    </li>
  );
}
