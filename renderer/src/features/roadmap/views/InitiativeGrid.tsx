import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { initiativeColumns, initiativeTableFeatures } from './initiative-columns';
import type { InitiativeRow } from './initiative-rows';

const ROW_HEIGHT = 40;
/** Before the scroll box is measured (hidden, or in jsdom) a screenful is assumed. */
const FALLBACK_VIEWPORT = 600;

interface InitiativeGridProps {
  rows: InitiativeRow[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, range: boolean, visibleIds: readonly string[]) => void;
  onToggleAll: (visibleIds: readonly string[]) => void;
  onOpen: (id: string) => void;
}

/**
 * The initiatives as a real table with only the rows in view mounted: spacer rows above and
 * below keep the scroll height, aria-rowcount and aria-rowindex tell assistive technology
 * where a row sits in the whole list. Arrow keys, Page Up/Down, Home and End move between
 * rows in the same column, scrolling the row into view first.
 */
export function InitiativeGrid({ rows, selected, onToggle, onToggleAll, onOpen }: InitiativeGridProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'phase', desc: false }]);
  const table = useTable({ features: initiativeTableFeatures, columns: initiativeColumns, data: rows, state: { sorting }, onSortingChange: setSorting, getRowId: (row) => row.id });
  const sortedRows = table.getRowModel().rows;
  const visibleIds = useMemo(() => sortedRows.map((row) => row.id), [sortedRows]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: FALLBACK_VIEWPORT })),
  });
  // A row scrolled into view by the keyboard mounts on a later render; focus it then.
  const pendingFocus = useRef<{ index: number; col: string } | null>(null);

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const selectedShown = visibleIds.filter((id) => selected.has(id)).length;

  const focusCell = (index: number, col: string): boolean => {
    const target = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"] [data-col="${col}"]`);
    target?.focus();
    return Boolean(target);
  };
  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending && focusCell(pending.index, pending.col)) pendingFocus.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const origin = event.target as HTMLElement;
    const col = origin.dataset.col;
    const index = Number(origin.closest('tr')?.dataset.index);
    const last = sortedRows.length - 1;
    const targets: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + 10, PageUp: index - 10, Home: 0, End: last };
    const target = targets[event.key];
    if (target === undefined || !col || Number.isNaN(index)) return;
    event.preventDefault();
    const next = Math.min(last, Math.max(0, target));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (!focusCell(next, col)) pendingFocus.current = { index: next, col };
  };

  return (
    <div ref={scrollRef} className="initiative-grid" data-testid="initiative-grid-scroll">
      <table className="table initiative-grid__table" aria-label="Initiatives" aria-rowcount={sortedRows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th className="initiative-grid__select">
              <input
                type="checkbox"
                aria-label="Select all shown initiatives"
                checked={selectedShown > 0 && selectedShown === visibleIds.length}
                ref={(box) => {
                  if (box) box.indeterminate = selectedShown > 0 && selectedShown < visibleIds.length;
                }}
                onChange={() => onToggleAll(visibleIds)}
              />
            </th>
            {table.getHeaderGroups()[0]!.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
              return (
                <th key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} className={`initiative-grid__th--${header.column.id}`}>
                  <button type="button" className="table__sort" onClick={header.column.getToggleSortingHandler()}>
                    {String(header.column.columnDef.header ?? header.column.id)}
                    <Icon size={12} aria-hidden="true" className={sorted ? 'table__sort-icon is-active' : 'table__sort-icon'} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="initiative-grid__spacer">
              <td colSpan={12} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = sortedRows[item.index]!.original;
            const isSelected = selected.has(row.id);
            return (
              <tr key={row.id} data-index={item.index} aria-rowindex={item.index + 2} className={isSelected ? 'table__row is-selected' : 'table__row'}>
                <td className="initiative-grid__select">
                  <input
                    type="checkbox"
                    data-col="select"
                    aria-label={`Select ${row.title}`}
                    checked={isSelected}
                    onChange={() => undefined}
                    onClick={(event: MouseEvent<HTMLInputElement>) => onToggle(row.id, event.shiftKey, visibleIds)}
                  />
                </td>
                <td className="initiative-grid__title">
                  <button type="button" data-col="title" className="table__name" onClick={() => onOpen(row.id)} title={row.title}>
                    {row.title}
                  </button>
                </td>
                <td className="initiative-grid__phase" title={row.phaseLabel}>
                  {row.phaseLabel}
                </td>
                <td className="table__nowrap">{row.track === 'internal' ? 'Internal' : 'External'}</td>
                <Cell text={row.owner} />
                <td className="table__nowrap">
                  <span className={`status-chip status-chip--${row.status}`}>{row.statusLabel}</span>
                </td>
                <td className="table__num">{row.impact}</td>
                <td className="table__num">{row.effort}</td>
                <Cell text={row.startLabel} />
                <Cell text={row.endLabel} />
                <td className="table__num">{row.dependencies}</td>
                <Cell text={row.objective} />
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="initiative-grid__spacer">
              <td colSpan={12} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {sortedRows.length === 0 ? <p className="empty-hint initiative-grid__empty">No initiative matches these filters.</p> : null}
    </div>
  );
}

function Cell({ text }: { text: string }) {
  return <td className="table__nowrap">{text || <span className="muted">—</span>}</td>;
}

