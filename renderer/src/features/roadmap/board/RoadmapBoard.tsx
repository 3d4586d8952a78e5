import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { Client } from '../../../../../shared/domain/client';
import type { BoardPlace } from '../../../../../shared/roadmap/board';
import { PHASES, TRACK_IDS, TRACK_LABELS, type PhaseId, type TrackId } from '../../../../../shared/roadmap/roadmap-reference';
import { useActions } from '../../../store/StoreContext';
import type { KeyboardMove } from '../../../store/roadmap.slice';
import { BoardCell } from './BoardCell';
import { createBoardSelector } from './board.selectors';
import { InitiativeCard } from './InitiativeCard';
import { cellLabel, parseCellDropId } from './roadmap-format';
import { nextKeyboardTarget, type ArrowDirection } from './keyboard-targets';
import './board.css';
import './card.css';

const SCREEN_READER_INSTRUCTIONS =
  'To pick up an initiative, press Space. While dragging, use the arrow keys to move it between cells and positions, Space to drop it or Escape to cancel. Without dragging: Alt with an arrow key moves it one phase left or right, or one place up or down; Enter opens it.';

const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
// Enter is kept for opening the editor; Space picks up and drops.
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The cards a keyboard drag can reach: those on screen, per cell, in board order (cells may be windowed). */
function shownCellIds(board: HTMLElement | null): { phase: PhaseId; track: TrackId; ids: string[] }[] {
  return PHASES.flatMap((phase) =>
    TRACK_IDS.map((track) => ({
      phase: phase.id,
      track,
      ids: [...(board?.querySelectorAll<HTMLElement>(`[data-cell="${phase.id}:${track}"] [data-card-id]`) ?? [])].map((card) => card.dataset.cardId!),
    })),
  );
}

/** The four phases as columns, internal and external activities as rows; cards move by mouse and keyboard. */
export function RoadmapBoard({ client, onOpen }: { client: Client; onOpen: (id: string) => void }) {
  const { moveInitiative, moveInitiativeBy } = useActions();
  const clientId = client.id;
  const initiatives = client.initiatives;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(null);
  const lastDrop = useRef(0);
  const pendingFocus = useRef<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  // Cells and cards keep their identity across moves unless what they show changed (see board.selectors).
  const [selectBoard] = useState(createBoardSelector);
  const { cells, cellOf } = selectBoard(initiatives, client.stakeholders);
  const revealCell = revealId === null ? null : (cellOf.get(revealId) ?? null);

  // A card that changes cell is a new element: give it the focus back once it is there.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus();
  }, [initiatives]);

  // A keyboard drag follows the board's order (see nextKeyboardTarget): the getter picks the
  // droppable to be over, and collision detection reports exactly that one while it is set.
  const keyboardTarget = useRef<UniqueIdentifier | null>(null);
  const collisions = useCallback<CollisionDetection>((args) => {
    const target = keyboardTarget.current;
    if (target !== null && args.droppableContainers.some((container) => container.id === target)) return [{ id: target }];
    // Pointer first (so an empty cell catches a drop), then the closest corners (gaps between cells).
    const within = pointerWithin(args);
    return within.length > 0 ? within : closestCorners(args);
  }, []);
  const coordinateGetter = useCallback<KeyboardCoordinateGetter>((event, { active, context, currentCoordinates }) => {
    const direction = ARROWS[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const target = nextKeyboardTarget(shownCellIds(boardRef.current), String(active), String(keyboardTarget.current ?? active), direction);
    const rect = target ? context.droppableRects.get(target) : undefined;
    if (!target || !rect) return currentCoordinates;
    keyboardTarget.current = target;
    // The overlay follows: onto the card it goes before, or near the bottom of a cell it goes to the end of.
    const height = context.collisionRect?.height ?? 0;
    return parseCellDropId(target) ? { x: rect.left, y: Math.max(rect.top, rect.bottom - height - 8) } : { x: rect.left, y: rect.top };
  }, []);

  // Options that stay the same objects: new ones would rebuild dnd-kit's activators, and with them
  // the context every card and cell reads, on each render of the board.
  const keyboardOptions = useMemo(() => ({ coordinateGetter, keyboardCodes: KEYBOARD_CODES }), [coordinateGetter]);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));

  /** Where a drop over `overId` puts the card: before a card it is over, or at the end of a cell. */
  const placeFor = useCallback(
    (activeKey: UniqueIdentifier, overId: UniqueIdentifier): BoardPlace | null => {
      const cell = parseCellDropId(String(overId));
      if (cell) {
        const size = initiatives.filter((item) => item.phase === cell.phase && item.track === cell.track && item.id !== activeKey).length;
        return { ...cell, index: size };
      }
      const key = cellOf.get(String(overId));
      const target = cells.find((candidate) => candidate.key === key);
      if (!target) return null;
      return { phase: target.phase, track: target.track, index: target.cards.findIndex((card) => card.id === overId) };
    },
    [cellOf, cells, initiatives],
  );

  const describe = useCallback(
    (activeKey: UniqueIdentifier, overId: UniqueIdentifier | undefined): string => {
      if (overId === undefined) return 'outside the board';
      const place = placeFor(activeKey, overId);
      if (!place) return 'outside the board';
      const size = initiatives.filter((item) => item.phase === place.phase && item.track === place.track && item.id !== activeKey).length;
      return `${cellLabel(place.phase, place.track)}, position ${place.index + 1} of ${size + 1}`;
    },
    [initiatives, placeFor],
  );

  const title = useCallback((id: UniqueIdentifier) => initiatives.find((item) => item.id === id)?.title ?? 'The initiative', [initiatives]);
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => `Picked up ${title(active.id)}, in ${describe(active.id, active.id)}.`,
      onDragOver: ({ active, over }) => `${title(active.id)} is over ${describe(active.id, over?.id)}.`,
      onDragEnd: ({ active, over }) => (over ? `${title(active.id)} was dropped in ${describe(active.id, over.id)}.` : `${title(active.id)} was put back where it was.`),
      onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled; it is back where it was.`,
    }),
    [describe, title],
  );

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setActiveId(null);
    keyboardTarget.current = null;
    if (!(activatorEvent instanceof KeyboardEvent)) lastDrop.current = Date.now();
    if (!over) return;
    const place = placeFor(active.id, over.id);
    if (!place) return;
    pendingFocus.current = String(active.id);
    setRevealId(String(active.id));
    moveInitiative(clientId, String(active.id), place);
  };
  const onMove = useCallback(
    (id: string, direction: KeyboardMove) => {
      pendingFocus.current = id;
      setRevealId(id);
      moveInitiativeBy(clientId, id, direction);
    },
    [clientId, moveInitiativeBy],
  );
  // The click that ends a mouse drag is not a request to open the card.
  const open = useCallback(
    (id: string) => {
      if (Date.now() - lastDrop.current > 250) onOpen(id);
    },
    [onOpen],
  );

  const activeCell = activeId === null ? undefined : cells.find((cell) => cell.key === cellOf.get(activeId));
  const active = activeCell?.cards.find((card) => card.id === activeId);
  const sorting = activeId !== null;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
      onDragStart={({ active: started, activatorEvent }) => {
        // A keyboard drag starts over the card itself, so Space, Space leaves it where it was.
        if (activatorEvent instanceof KeyboardEvent) keyboardTarget.current = started.id;
        setActiveId(String(started.id));
      }}
      onDragCancel={() => {
        keyboardTarget.current = null;
        setActiveId(null);
      }}
      onDragEnd={onDragEnd}
    >
      <div ref={boardRef} className="rm-board" role="group" aria-label="Roadmap board">
        <div className="rm-board__corner" aria-hidden="true" />
        {PHASES.map((phase) => (
          <header key={phase.id} className="rm-phase">
            <span className="rm-phase__number">Phase {phase.number}</span>
            <h3 className="rm-phase__name">{phase.name}</h3>
            <p className="rm-phase__description">{phase.description}</p>
          </header>
        ))}
        {TRACK_IDS.map((track) => (
          <div key={track} className="rm-board__row" role="presentation">
            <div className="rm-track">
              <span className="rm-track__label">{TRACK_LABELS[track]}</span>
            </div>
            {cells
              .filter((cell) => cell.track === track)
              .map((cell) => (
                <BoardCell
                  key={cell.phase}
                  phase={cell.phase}
                  track={track}
                  label={cellLabel(cell.phase, track)}
                  cards={cell.cards}
                  sorting={sorting}
                  revealId={revealCell === cell.key ? revealId : null}
                  onOpen={open}
                  onMove={onMove}
                />
              ))}
          </div>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{active ? <InitiativeCard card={active} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}
