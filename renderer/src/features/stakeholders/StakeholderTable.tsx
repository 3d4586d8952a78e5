import { useMemo, useState } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown, Trash2 } from 'lucide-react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { Badge, type BadgeTone } from '../../components/Badge';
import type { StakeholderRow } from './stakeholder-rows';
import { IconButton } from '../../components/IconButton';

/** Names like "Łukasz" and "Zoë" sort where a reader expects them. */
type ValueRow = { getValue: (columnId: string) => unknown };
function byLocale(a: ValueRow, b: ValueRow, columnId: string): number {
  return String(a.getValue(columnId)).localeCompare(String(b.getValue(columnId)), undefined, { sensitivity: 'base' });
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: byLocale, basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, StakeholderRow>();
const columns = helper.columns([
  helper.accessor('name', { header: 'Name', sortFn: 'text' }),
  helper.accessor('title', { header: 'Title', sortFn: 'text' }),
  helper.accessor('department', { header: 'Department', sortFn: 'text' }),
  helper.accessor('group', { header: 'Group', sortFn: 'text' }),
  helper.accessor('influence', { header: 'Influence', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('interest', { header: 'Interest', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('flagWeight', { header: 'Flags', sortFn: 'basic', sortDescFirst: true }),
]);

const FLAG_TONES: Record<string, BadgeTone> = { Sponsor: 'sponsor', Champion: 'champion', 'Community leader': 'leader' };

interface StakeholderTableProps {
  rows: StakeholderRow[];
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

export function StakeholderTable({ rows, onEdit, onDelete }: StakeholderTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const data = useMemo(() => rows, [rows]);
  const table = useTable({ features, columns, data, state: { sorting }, onSortingChange: setSorting, getRowId: (row) => row.id });

  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
                return (
                  <th key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} className={`table__th--${header.column.id}`}>
                    <button type="button" className="table__sort" onClick={header.column.getToggleSortingHandler()}>
                      {String(header.column.columnDef.header ?? header.column.id)}
                      <Icon size={12} aria-hidden="true" className={sorted ? 'table__sort-icon is-active' : 'table__sort-icon'} />
                    </button>
                  </th>
                );
              })}
              <th className="table__th--actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const person = row.original;
            return (
              <tr key={row.id} className="table__row">
                <td className="table__nowrap">
                  <button type="button" className="table__name" onClick={() => onEdit(person.id)} title={`Edit ${person.name}`}>
                    {person.name}
                  </button>
                </td>
                <td>{person.title}</td>
                <td>{person.department || <span className="muted">—</span>}</td>
                <td>{person.group}</td>
                <td className="table__num table__nowrap">
                  <Level value={person.influence} />
                </td>
                <td className="table__num table__nowrap">
                  <Level value={person.interest} />
                </td>
                <td>
                  <span className="badge-row">
                    {person.flags.map((flag) => (
                      <Badge key={flag} tone={FLAG_TONES[flag] ?? 'neutral'}>
                        {flag}
                      </Badge>
                    ))}
                  </span>
                </td>
                <td className="table__actions">
                  <IconButton label={`Delete ${person.name}`} tone="danger" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => onDelete(person.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A level 1–5 as a number with a small bar, readable as text. */
function Level({ value }: { value: number }) {
  return (
    <span className="level">
      <span className="level__bar" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className={step <= value ? 'level__step is-on' : 'level__step'} />
        ))}
      </span>
      {value}
    </span>
  );
}
