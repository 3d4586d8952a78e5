import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_basic, tableFeatures } from '@tanstack/react-table';
import type { InitiativeRow } from './initiative-rows';

type ValueRow = { getValue: (columnId: string) => unknown };
function byLocale(a: ValueRow, b: ValueRow, columnId: string): number {
  return String(a.getValue(columnId)).localeCompare(String(b.getValue(columnId)), undefined, { sensitivity: 'base', numeric: true });
}

export const initiativeTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: byLocale, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof initiativeTableFeatures, InitiativeRow>();

/**
 * Columns sort by a key that reads right (phase number, status in workflow order, start day)
 * while the cell shows its label; unscheduled starts and ends sort last both ways.
 */
export const initiativeColumns = helper.columns([
  helper.accessor('title', { header: 'Title', sortFn: 'text' }),
  helper.accessor('phaseNumber', { id: 'phase', header: 'Phase', sortFn: 'basic', sortDescFirst: false }),
  helper.accessor('trackLabel', { id: 'track', header: 'Track', sortFn: 'text' }),
  helper.accessor('owner', { header: 'Owner', sortFn: 'text' }),
  helper.accessor('statusRank', { id: 'status', header: 'Status', sortFn: 'basic', sortDescFirst: false }),
  helper.accessor('impact', { header: 'Impact', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('effort', { header: 'Effort', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('startDay', { id: 'start', header: 'Start', sortFn: 'basic', sortDescFirst: false, sortUndefined: 'last' }),
  helper.accessor('endDay', { id: 'end', header: 'End', sortFn: 'basic', sortDescFirst: false, sortUndefined: 'last' }),
  helper.accessor('dependencies', { header: 'Dependencies', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('objective', { header: 'Objective', sortFn: 'text' }),
]);

export type InitiativeColumnId = 'title' | 'phase' | 'track' | 'owner' | 'status' | 'impact' | 'effort' | 'start' | 'end' | 'dependencies' | 'objective';
