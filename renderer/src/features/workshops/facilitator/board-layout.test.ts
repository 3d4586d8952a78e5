import { describe, expect, it } from 'vitest';
import type { WorkshopNote } from '../../../../../shared/workshop';
import { shiftedIndex, toRows, type BoardGroup } from './board-layout';

const note = (id: string): WorkshopNote => ({ id, agendaItemId: 'i', clusterId: null, text: id, authorParticipantId: null, order: 0, hidden: false, createdAt: '', updatedAt: '' });
const groups: BoardGroup[] = [
  { clusterId: null, label: 'Not yet clustered', notes: [note('c'), note('b'), note('a')] },
  { clusterId: 'k', label: 'People', notes: [note('x'), note('y'), note('z')] },
];

describe('toRows', () => {
  it('keys rows by group and place, so a note typed at the top keeps the rows below mounted', () => {
    const before = toRows(groups, 2).map((row) => row.key);
    const after = toRows([{ ...groups[0]!, notes: [note('d'), ...groups[0]!.notes] }, groups[1]!], 2).map((row) => row.key);
    expect(before).toEqual(['h:', 'n::0', 'n::2', 'h:k', 'n:k:0', 'n:k:2']);
    expect(after).toEqual(before);
  });
});

describe('shiftedIndex', () => {
  it('moves a clustered note one place later or earlier in its cluster', () => {
    expect(shiftedIndex(groups, 'x', 1)).toEqual({ clusterId: 'k', index: 1 });
    expect(shiftedIndex(groups, 'z', -1)).toEqual({ clusterId: 'k', index: 1 });
    expect(shiftedIndex(groups, 'z', 1)).toBeNull();
  });

  it('counts the unclustered notes as shown, newest first', () => {
    // "c" is shown first and stored last (index 2); one place later on screen is stored index 1.
    expect(shiftedIndex(groups, 'c', 1)).toEqual({ clusterId: null, index: 1 });
  });
});
