import { useCallback, useMemo, useState } from 'react';
import { LayoutGrid, Plus, Table2, Users } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { useActions } from '../../store/StoreContext';
import { BLANK_STAKEHOLDER, type StakeholderFields } from '../../store/entity-factories';
import { EmptyState } from '../../components/EmptyState';
import { StakeholderTable } from './StakeholderTable';
import { InfluenceGrid } from './InfluenceGrid';
import { StakeholderDialog } from './StakeholderDialog';
import { UndoToast } from './UndoToast';
import { toStakeholderRows } from './stakeholder-rows';
import { Button } from '../../components/Button';
import './stakeholders.css';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function StakeholdersTab({ client }: { client: Client }) {
  const { addStakeholder, updateStakeholder, deleteStakeholder } = useActions();
  const [layout, setLayout] = useState<'table' | 'grid'>('table');
  const [editing, setEditing] = useState<Editing>(null);
  const [deletedName, setDeletedName] = useState<string | null>(null);
  const rows = useMemo(() => toStakeholderRows(client), [client]);
  const clearDeleted = useCallback(() => setDeletedName(null), []);

  const editingPerson = editing?.mode === 'edit' ? client.stakeholders.find((p) => p.id === editing.id) : undefined;
  const initial: StakeholderFields = editingPerson ? stripIdentity(editingPerson) : BLANK_STAKEHOLDER;

  const save = (fields: StakeholderFields) => {
    if (editing?.mode === 'edit') updateStakeholder(client.id, editing.id, fields);
    else addStakeholder(client.id, fields);
    setEditing(null);
  };
  const remove = (id: string) => {
    setDeletedName(client.stakeholders.find((p) => p.id === id)?.name ?? 'stakeholder');
    deleteStakeholder(client.id, id);
  };

  return (
    <div>
      <div className="toolbar">
        <Button variant="primary" onClick={() => setEditing({ mode: 'add' })}>
          <Plus size={14} aria-hidden="true" />
          Add stakeholder
        </Button>
        <div className="segmented" role="group" aria-label="Show stakeholders as">
          <button type="button" className="segmented__item" aria-pressed={layout === 'table'} onClick={() => setLayout('table')}>
            <Table2 size={14} aria-hidden="true" />
            Table
          </button>
          <button type="button" className="segmented__item" aria-pressed={layout === 'grid'} onClick={() => setLayout('grid')}>
            <LayoutGrid size={14} aria-hidden="true" />
            Grid
          </button>
        </div>
      </div>

      {rows.length === 0 ? (
        <EmptyState icon={<Users size={28} />} title="No stakeholders yet">
          Add the people who matter for the change: the executive sponsor, a champion in each department, community leaders.
        </EmptyState>
      ) : layout === 'table' ? (
        <StakeholderTable rows={rows} onEdit={(id) => setEditing({ mode: 'edit', id })} onDelete={remove} />
      ) : (
        <InfluenceGrid rows={rows} onEdit={(id) => setEditing({ mode: 'edit', id })} />
      )}

      {editing && (editing.mode === 'add' || editingPerson) ? (
        <StakeholderDialog
          key={editing.mode === 'edit' ? editing.id : 'new'}
          mode={editing.mode}
          initial={initial}
          functions={client.functions}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deletedName ? <UndoToast message={`Deleted ${deletedName}.`} onDone={clearDeleted} /> : null}
    </div>
  );
}

function stripIdentity<T extends { id: string; createdAt: string; updatedAt: string }>(entity: T): Omit<T, 'id' | 'createdAt' | 'updatedAt'> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = entity;
  return fields;
}
