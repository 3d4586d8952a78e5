import { Profiler } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeBenchRoadmap } from '../../../../../bench/roadmap/roadmap-bench-data';
import { cellsOf } from '../../../../../shared/roadmap/board';
import { createCairnStore } from '../../../store/cairn-store';
import { StoreProvider, useCairn } from '../../../store/StoreContext';
import { aClient, sequentialIds } from '../../../test/factories';
import { CELL_WINDOW } from './BoardCell';
import { RoadmapBoard } from './RoadmapBoard';
import { createRenderCounter } from './rendered-components';

const noop = () => {};

/** The board of a client with `count` initiatives (and half as many more dependencies), and what each commit rendered. */
function renderBoard(count: number) {
  const initiatives = makeBenchRoadmap({ initiatives: count, edges: Math.round(count * 1.5) });
  const store = createCairnStore({ newId: sequentialIds('new') });
  store.getState().addClient(aClient({ id: 'big', initiatives }));
  function Live() {
    const client = useCairn((state) => state.docs.big);
    return client ? <RoadmapBoard client={client} onOpen={noop} /> : null;
  }
  const commits: string[][] = [];
  let counter: ReturnType<typeof createRenderCounter> | null = null;
  const view = render(
    <Profiler
      id="roadmap-board"
      onRender={() => {
        if (!counter) return;
        commits.push(counter.rendered());
        counter.mark();
      }}
    >
      <StoreProvider store={store}>
        <Live />
      </StoreProvider>
    </Profiler>,
  );
  counter = createRenderCounter(view.container);
  counter.mark();
  return { store, initiatives, commits };
}

/** Moves the fourth card of phase 2, internal, one phase right with Alt+→ and returns what the move rendered. */
function moveOneCard(count: number) {
  const { store, initiatives, commits } = renderBoard(count);
  const cell = cellsOf(initiatives).find((candidate) => candidate.phase === 'shape' && candidate.track === 'internal')!;
  const moving = cell.items[3]!;
  const card = screen.getByRole('button', { name: moving.title });
  act(() => card.focus());
  commits.length = 0;
  act(() => {
    fireEvent.keyDown(card, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
  });
  const moved = store.getState().docs.big!.initiatives.find((item) => item.id === moving.id)!;
  expect(moved.phase).toBe('develop');
  expect(screen.getByRole('button', { name: moving.title })).toHaveFocus();
  const rendered = commits.flat();
  return { commits: commits.length, rendered, cards: rendered.filter((name) => name === 'CardContent').length };
}

/** The board's own components and dnd-kit's, by name; a card's icons vary with the card and are left out. */
const OWN = ['Live', 'RoadmapBoard', 'DndContext', 'BoardCell', 'SortableContext', 'SortableInitiativeCard', 'InitiativeCard', 'CardContent'];
const tally = (names: string[]) => Object.fromEntries(OWN.map((name) => [name, names.filter((candidate) => candidate === name).length]));

describe('roadmap board render budget', () => {
  it('renders the same components for a keyboard move with 1,000 initiatives as with 300: the moved card and its two cells', () => {
    const small = moveOneCard(300);
    const large = moveOneCard(1_000);
    // React's Profiler sees the same commits, and in them the same components.
    expect(large.commits).toBe(small.commits);
    expect(tally(large.rendered)).toEqual(tally(small.rendered));
    // Of the cells, the two the card left and entered render; of the cards, the one that moved and
    // the one that slid into the window of the cell it left.
    expect(large.rendered.filter((name) => name === 'BoardCell')).toHaveLength(2);
    expect(large.cards).toBe(2);
    expect(large.rendered.length).toBeLessThan(60);
  });

  it('renders no more for a move with 1,000 initiatives than with 100, where no cell is windowed', () => {
    const few = moveOneCard(100);
    const many = moveOneCard(1_000);
    expect(many.commits).toBe(few.commits);
    expect(many.cards).toBeLessThanOrEqual(few.cards + 1);
    expect(many.rendered.length).toBeLessThanOrEqual(few.rendered.length + 8);
  });

  it('shows the first cards of a long cell and the rest on request', () => {
    renderBoard(1_000);
    const cell = screen.getByRole('region', { name: 'Phase 1 Establish policy, process and procedure, internal activities' });
    const cards = () => cell.querySelectorAll('[data-card-id]').length;
    expect(cards()).toBe(CELL_WINDOW);
    const more = screen.getAllByRole('button', { name: /^Show all \d+ initiatives/ })[0]!;
    const total = Number(/Show all (\d+)/.exec(more.textContent ?? '')![1]);
    act(() => more.click());
    expect(cards()).toBe(total);
  });
});
