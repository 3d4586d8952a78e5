import { useMemo, useState } from 'react';
import { Search, Trash2, X } from 'lucide-react';
import type { Client } from '../../../../../shared/domain/client';
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, OWNER_ROLES, PHASES, TRACK_IDS, TRACK_LABELS, type InitiativeStatus, type OwnerRole, type PhaseId, type TrackId } from '../../../../../shared/roadmap/roadmap-reference';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useActions } from '../../../store/StoreContext';
import { InitiativeEditorDialog } from '../editor/InitiativeEditorDialog';
import { InitiativeGrid } from './InitiativeGrid';
import { NO_FILTERS, filterRows, initiativeRows, ownerOptions, rangeBetween, type RowFilters } from './initiative-rows';
import './initiative-table.css';

const NO_OWNER_ROLE = '__none__';

/** Every initiative in a sortable, filterable, virtualized table with bulk edit of the selection. */
export function InitiativeTableView({ client }: { client: Client }) {
  const { updateInitiatives, deleteInitiatives } = useActions();
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const allRows = useMemo(() => initiativeRows(client), [client]);
  const rows = useMemo(() => filterRows(allRows, filters), [allRows, filters]);
  const owners = useMemo(() => ownerOptions(allRows), [allRows]);
  // Deleted initiatives drop out of the selection; filtered-out ones stay selected but are not edited.
  const shownIds = useMemo(() => new Set(rows.map((row) => row.id)), [rows]);
  const selection = useMemo(() => [...picked].filter((id) => shownIds.has(id)), [picked, shownIds]);
  const selected = useMemo(() => new Set(selection), [selection]);

  const setFilter = <K extends keyof RowFilters>(key: K, value: RowFilters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const toggle = (id: string, range: boolean, visibleIds: readonly string[]) => {
    setPicked((current) => {
      const next = new Set(current);
      const ids = range && anchor ? rangeBetween(visibleIds, anchor, id) : [id];
      const on = !current.has(id);
      for (const each of ids) {
        if (on) next.add(each);
        else next.delete(each);
      }
      return next;
    });
    setAnchor(id);
  };
  const toggleAll = (visibleIds: readonly string[]) =>
    setPicked((current) => (visibleIds.every((id) => current.has(id)) ? new Set() : new Set(visibleIds)));
  const bulk = (patch: Parameters<typeof updateInitiatives>[2]) => updateInitiatives(client.id, selection, patch);

  return (
    <section aria-label="Initiative table">
      <div className="view-toolbar" role="search" aria-label="Filter initiatives">
        <label className="view-toolbar__search">
          <Search size={14} aria-hidden="true" />
          <span className="visually-hidden">Search initiatives</span>
          <input className="input" type="search" placeholder="Search title, owner, objective" value={filters.text} onChange={(event) => setFilter('text', event.target.value)} />
        </label>
        <FilterSelect label="Phase" value={filters.phase} onChange={(value) => setFilter('phase', value as PhaseId | '')} options={PHASES.map((phase) => [phase.id, `${phase.number}. ${phase.name}`])} />
        <FilterSelect label="Track" value={filters.track} onChange={(value) => setFilter('track', value as TrackId | '')} options={TRACK_IDS.map((id) => [id, TRACK_LABELS[id]])} />
        <FilterSelect label="Status" value={filters.status} onChange={(value) => setFilter('status', value as InitiativeStatus | '')} options={INITIATIVE_STATUSES.map((id) => [id, INITIATIVE_STATUS_LABELS[id]])} />
        <FilterSelect label="Owner" value={filters.owner} onChange={(value) => setFilter('owner', value)} options={owners.map((owner) => [owner, owner])} />
        <p className="view-toolbar__count" aria-live="polite">
          {rows.length === allRows.length ? `${allRows.length} initiatives` : `${rows.length} of ${allRows.length} initiatives`}
        </p>
      </div>

      {selection.length > 0 ? (
        <div className="bulk-bar" role="region" aria-label="Edit selected initiatives">
          <strong className="bulk-bar__count">{selection.length} selected</strong>
          <BulkSelect label="Set status" options={INITIATIVE_STATUSES.map((id) => [id, INITIATIVE_STATUS_LABELS[id]])} onPick={(value) => bulk({ status: value as InitiativeStatus })} />
          <BulkSelect label="Set phase" options={PHASES.map((phase) => [phase.id, `${phase.number}. ${phase.name}`])} onPick={(value) => bulk({ phase: value as PhaseId })} />
          <BulkSelect label="Set track" options={TRACK_IDS.map((id) => [id, TRACK_LABELS[id]])} onPick={(value) => bulk({ track: value as TrackId })} />
          <BulkSelect
            label="Set owner role"
            options={[[NO_OWNER_ROLE, 'No owner role'], ...OWNER_ROLES.map((role): [string, string] => [role, role])]}
            onPick={(value) => bulk({ ownerRole: value === NO_OWNER_ROLE ? null : (value as OwnerRole) })}
          />
          <button type="button" className="btn btn--ghost-danger" onClick={() => setConfirmingDelete(true)}>
            <Trash2 size={14} aria-hidden="true" /> Delete selected
          </button>
          <button type="button" className="btn btn--ghost bulk-bar__clear" onClick={() => setPicked(new Set())}>
            <X size={14} aria-hidden="true" /> Clear selection
          </button>
        </div>
      ) : null}

      <InitiativeGrid rows={rows} selected={selected} onToggle={toggle} onToggleAll={toggleAll} onOpen={setEditingId} />

      {confirmingDelete ? (
        <ConfirmDialog
          title={`Delete ${selection.length === 1 ? 'this initiative' : `${selection.length} initiatives`}?`}
          message="They are removed from the roadmap and from every dependency list. Undo brings them back."
          confirmLabel="Delete"
          tone="danger"
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            deleteInitiatives(client.id, selection);
            setPicked(new Set());
            setConfirmingDelete(false);
          }}
        />
      ) : null}
      {editingId ? <InitiativeEditorDialog client={client} initiativeId={editingId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}

function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: [string, string][]; onChange: (value: string) => void }) {
  return (
    <label className="view-toolbar__filter">
      <span className="view-toolbar__label">{label}</span>
      <select className="select" aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {options.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Applies on pick and returns to its prompt, so the same value can be applied again. */
function BulkSelect({ label, options, onPick }: { label: string; options: [string, string][]; onPick: (value: string) => void }) {
  return (
    <select
      className="select bulk-bar__select"
      aria-label={label}
      value=""
      onChange={(event) => {
        if (event.target.value) onPick(event.target.value);
      }}
    >
      <option value="">{label}…</option>
      {options.map(([id, name]) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </select>
  );
}
