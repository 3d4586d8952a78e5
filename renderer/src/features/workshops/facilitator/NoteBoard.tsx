import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { countOf } from '../../../../../shared/format/plural';
import type { AgendaItem, Workshop } from '../../../../../shared/workshop';
import { boardGroups, boardMetrics, flatten, placeOf, toRows } from './board-layout';
import { boardCommands, BOARD_TOOLS, type BoardCommand } from './board-commands';
import type { Say } from './facilitation-context';
import { NoteCard, dropOnHeading, type DropTarget } from './NoteCard';
import { NoteDialogs, type NoteDialog } from './NoteDialogs';
import { useActions } from '../../../store/StoreContext';

/** Letter and arrow keys of the board, as the help lists them. */
const KEYS: Record<string, BoardCommand> = {
  Enter: 'edit',
  F2: 'edit',
  Delete: 'delete',
  m: 'move',
  g: 'group',
  j: 'merge',
  r: 'rename',
  k: 'merge-cluster',
  u: 'ungroup',
  a: 'action',
  i: 'initiative',
};

/**
 * The board of a brainstorm: notes as cards, grouped into labelled clusters. Only the rows
 * on screen are rendered, so a board of thousands of notes takes a new one within a frame.
 * Everything is reachable by keyboard: arrows move, Space selects, Shift+arrows reorder a
 * note within its group, and letters act on the active (or selected) notes, as the toolbar
 * says. After every dialog the focus comes back to the board, on the same note.
 */
export const NoteBoard = memo(function NoteBoard({ clientId, workshop, item, say }: { clientId: string; workshop: Workshop; item: AgendaItem; say: Say }) {
  const actions = useActions();
  const groups = useMemo(() => boardGroups(workshop, item.id), [workshop, item.id]);
  const scroller = useRef<HTMLDivElement>(null);
  const [metrics, setMetrics] = useState(() => boardMetrics(1200, 20));
  const { columns } = metrics;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<NoteDialog | null>(null);
  const refocus = useRef(false);
  const rows = useMemo(() => toRows(groups, columns), [groups, columns]);
  const names = useMemo(() => new Map(workshop.participants.map((participant) => [participant.id, participant.name])), [workshop.participants]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const em = Number.parseFloat(getComputedStyle(element).fontSize) || 20;
      const next = boardMetrics(entry?.contentRect.width ?? 0, em);
      setMetrics((current) => (current.columns === next.columns && current.noteRow === next.noteRow && current.headerRow === next.headerRow ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Focus comes back to the board once a dialog has gone (its own close would hand it elsewhere).
  useEffect(() => {
    if (dialog !== null || !refocus.current) return;
    refocus.current = false;
    scroller.current?.focus();
  }, [dialog]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'header' ? metrics.headerRow : metrics.noteRow),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 3,
    initialRect: { width: 1200, height: 800 },
  });

  // Row sizes follow the type size: re-measure when it (or the width) changes them.
  useEffect(() => virtualizer.measure(), [metrics, virtualizer]);

  // Keep the active note real: it may have been merged away or deleted.
  const active = activeId !== null && placeOf(groups, activeId) ? activeId : null;
  const noteCount = groups.reduce((sum, group) => sum + group.notes.length, 0);
  // Scroll only when the active note changes, looking its row up then (not on every note typed).
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  useEffect(() => {
    if (active === null) return;
    const row = rowsRef.current.findIndex((entry) => entry.kind === 'notes' && entry.notes.some((note) => note.id === active));
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'auto' });
  }, [active, virtualizer]);

  const closeDialog = useCallback(() => {
    refocus.current = true;
    setDialog(null);
  }, []);

  const command = boardCommands({ clientId, workshop, groups, active, selected, columns, actions, say, setActiveId, setSelected, setDialog });

  // Read through a ref so the cards' drop handler stays the same function as notes arrive.
  const groupsRef = useRef(groups);
  groupsRef.current = groups;
  const onDrop = useCallback(
    (noteId: string, target: DropTarget) => {
      const place = target.beforeNoteId ? placeOf(groupsRef.current, target.beforeNoteId) : null;
      const index = place ? (place.group.clusterId === null ? place.storedAt + 1 : place.storedAt) : undefined;
      const outcome = actions.moveNote(clientId, workshop.id, { noteId, clusterId: target.clusterId, index });
      if (outcome.ok) setActiveId(noteId);
      else say(outcome.message, 'refused');
    },
    [actions, clientId, workshop.id, say],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const flat = flatten(groups);
    const at = active === null ? -1 : flat.findIndex((note) => note.id === active);
    const moveTo = (index: number) => {
      const target = flat[Math.max(0, Math.min(flat.length - 1, index))];
      if (target) setActiveId(target.id);
    };
    const toBox = () => document.querySelector<HTMLElement>('.facilitator__note-box')?.focus();
    const arrows: Record<string, () => void> = event.shiftKey
      ? {
          ArrowRight: () => command('later', 1),
          ArrowLeft: () => command('later', -1),
          ArrowDown: () => command('later', columns),
          ArrowUp: () => command('later', -columns),
        }
      : {
          ArrowRight: () => moveTo(at + 1),
          ArrowLeft: () => moveTo(at - 1),
          ArrowDown: () => moveTo(at < 0 ? 0 : at + columns),
          ArrowUp: () => (at - columns < 0 ? toBox() : moveTo(at - columns)),
          Home: () => moveTo(0),
          End: () => moveTo(flat.length - 1),
          ' ': () => command('select'),
          Escape: toBox,
        };
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const named = event.shiftKey ? undefined : KEYS[key];
    const run = arrows[key] ?? (named ? () => command(named) : undefined);
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  const virtualItems = virtualizer.getVirtualItems();
  return (
    <section className="facilitator__board-wrap" aria-label="Board">
      <div className="facilitator__board-tools" role="toolbar" aria-label="Arrange notes">
        <span className="facilitator__board-count">
          {countOf(noteCount, 'note')}
          {selected.size > 0 ? ` · ${selected.size} selected` : ''}
        </span>
        {BOARD_TOOLS.map(([key, label, shortcut, help]) => (
          <button key={key} type="button" className="btn facilitator__tool" onClick={() => command(key)} disabled={active === null} title={help} aria-keyshortcuts={shortcut === 'Del' ? 'Delete' : shortcut}>
            {label} <kbd>{shortcut}</kbd>
          </button>
        ))}
      </div>
      {noteCount === 0 ? <p className="facilitator__board-empty">Notes appear here as they are typed.</p> : null}
      <div
        ref={scroller}
        className="facilitator__board"
        role="listbox"
        aria-label="Notes"
        aria-multiselectable
        aria-activedescendant={active === null ? undefined : `note-${active}`}
        tabIndex={0}
        data-note-board
        onKeyDown={onKeyDown}
        onFocus={() => {
          const first = groups.find((group) => group.notes.length > 0)?.notes[0];
          if (active === null && first) setActiveId(first.id);
        }}
      >
        <div role="none" className="facilitator__board-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((virtual) => {
            const row = rows[virtual.index]!;
            if (row.kind === 'header') {
              return (
                // Drawn as a heading, but inside a listbox only options may speak: each note says its cluster instead.
                <h2 key={row.key} role="none" className="facilitator__cluster" data-cluster-heading style={{ transform: `translateY(${virtual.start}px)` }} {...dropOnHeading(row.group.clusterId, onDrop)}>
                  {row.group.label} <span className="facilitator__cluster-count">{countOf(row.group.notes.length, 'note')}</span>
                </h2>
              );
            }
            return row.notes.map((note, column) => (
              <NoteCard
                key={note.id}
                note={note}
                author={note.authorParticipantId ? (names.get(note.authorParticipantId) ?? '') : ''}
                active={note.id === active}
                selected={selected.has(note.id)}
                top={virtual.start}
                column={column}
                columns={columns}
                clusterId={row.group.clusterId}
                clusterLabel={row.group.label}
                onPick={setActiveId}
                onDrop={onDrop}
              />
            ));
          })}
        </div>
      </div>
      {dialog ? <NoteDialogs clientId={clientId} workshop={workshop} item={item} dialog={dialog} onClose={closeDialog} say={say} onDone={() => setSelected(new Set())} /> : null}
    </section>
  );
});
