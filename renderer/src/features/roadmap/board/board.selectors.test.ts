import { describe, expect, it } from 'vitest';
import { moveRight } from '../../../../../shared/roadmap/board';
import { makeInitiative } from '../../../../../shared/roadmap/initiative-factory';
import { aStakeholder } from '../../../test/factories';
import { createBoardSelector } from './board.selectors';

const people = [aStakeholder({ id: 'p1', name: 'Zoë Lefèvre' })];
const roadmap = [
  makeInitiative({ id: 'a', title: 'Steering committee', order: 0, ownerStakeholderId: 'p1' }),
  makeInitiative({ id: 'b', title: 'Moderation policy', order: 1 }),
  makeInitiative({ id: 'c', title: 'Listening', order: 2 }),
  makeInitiative({ id: 'd', title: 'Care pilot', phase: 'shape', order: 0 }),
  makeInitiative({ id: 'e', title: 'Advocates', phase: 'develop', track: 'external', order: 0 }),
];
const cell = (model: ReturnType<ReturnType<typeof createBoardSelector>>, key: string) => model.cells.find((candidate) => candidate.key === key)!;

describe('board selector', () => {
  it('lays the cards out by cell with what they show, owners by name', () => {
    const model = createBoardSelector()(roadmap, people);
    expect(model.cells).toHaveLength(8);
    expect(cell(model, 'establish:internal').cards.map((card) => card.id)).toEqual(['a', 'b', 'c']);
    expect(cell(model, 'establish:internal').cards[0]).toMatchObject({ title: 'Steering committee', owner: 'Zoë Lefèvre', when: null, conflicts: [] });
    expect(model.cellOf.get('e')).toBe('develop:external');
  });

  it('after a move hands new arrays to the two cells it touched only, and keeps every card view, renumbered ones too', () => {
    const select = createBoardSelector();
    const before = select(roadmap, people);
    const moved = moveRight(roadmap, 'a');
    // The move renumbers b and c: new objects, same faces.
    expect(moved.find((item) => item.id === 'b')).not.toBe(roadmap.find((item) => item.id === 'b'));
    const after = select(moved, people);
    const changed = after.cells.filter((candidate) => candidate.cards !== cell(before, candidate.key).cards).map((candidate) => candidate.key);
    expect(changed.sort()).toEqual(['establish:internal', 'shape:internal']);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      const view = (model: typeof before) => model.cells.flatMap((candidate) => candidate.cards).find((card) => card.id === id);
      expect(view(after)).toBe(view(before));
    }
    expect(select(moved, people)).toBe(after);
  });

  it('gives a card a new view when what it shows changes', () => {
    const select = createBoardSelector();
    const before = select(roadmap, people);
    const renamed = roadmap.map((item) => (item.id === 'd' ? { ...item, title: 'Customer care pilot' } : item));
    const after = select(renamed, people);
    expect(cell(after, 'shape:internal').cards[0]).not.toBe(cell(before, 'shape:internal').cards[0]);
    expect(cell(after, 'shape:internal').cards[0]!.title).toBe('Customer care pilot');
    expect(cell(after, 'establish:internal').cards).toBe(cell(before, 'establish:internal').cards);
  });
});
