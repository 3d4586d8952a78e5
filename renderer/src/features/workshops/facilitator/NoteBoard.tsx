import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { visibleNotes, type AgendaItem, type Workshop, type WorkshopNote } from '../../../../../shared/workshop';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';
import { NoteDialogs, type NoteDialog } from './NoteDialogs';

const CARD_MIN_WIDTH = 300;
const GAP = 14;
const NOTE_ROW_HEIGHT = 132;
const HEADER_ROW_HEIGHT = 60;

type Row =
  | { kind: 'header'; key: string; label: string; count: number; clusterId: string | null }
  | { kind: 'notes'; key: string; notes: WorkshopNote[] };

/**
 * The groups as the board shows them: the unclustered notes first, newest first so a note
 * just typed appears at the top beside the note box, then each labelled cluster in order.
 */
function boardGroups(workshop: Workshop, itemId: string) {
  const board = visibleNotes(workshop, itemId, { facilitatorView: false });
  const groups = [
    { clusterId: null as string | null, label: 'Not yet clustered', notes: [...board.unclustered].reverse() },
    ...board.clusters.map(({ cluster, notes }) => ({ clusterId: cluster.id as string | null, label: cluster.label, notes })),
  ];
  return groups;
}

/** Board order as one list, for keyboard navigation (built when a key needs it, not per note typed). */
const flatten = (groups: ReturnType<typeof boardGroups>): WorkshopNote[] => groups.flatMap((group) => group.notes);

function toRows(groups: ReturnType<typeof boardGroups>, columns: number): Row[] {
  const rows: Row[] = [];
  for (const group of groups) {
    if (group.clusterId === null && group.notes.length === 0 && groups.length === 1) continue;
    rows.push({ kind: 'header', key: `h:${group.clusterId ?? ''}`, label: group.label, count: group.notes.length, clusterId: group.clusterId });
    for (let start = 0; start < group.notes.length; start += columns) {
      const notes = group.notes.slice(start, start + columns);
      rows.push({ kind: 'notes', key: `n:${notes[0]!.id}`, notes });
    }
  }
  return rows;
}

/**
 * The board of a brainstorm: notes as cards, grouped into labelled clusters. Only the rows
 * on screen are rendered, so a board of thousands of notes takes a new one within a frame.
 * Everything is reachable by keyboard: arrows move, Space selects, and letters act on the
 * active (or selected) notes, as the toolbar says.
 */
export function NoteBoard({ clientId, workshop, item, say }: { clientId: string; workshop: Workshop; item: AgendaItem; say: Say }) {
  const actions = useActions();
  const groups = useMemo(() => boardGroups(workshop, item.id), [workshop, item.id]);
  const scroller = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(4);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<NoteDialog | null>(null);
  const rows = useMemo(() => toRows(groups, columns), [groups, columns]);
  const names = useMemo(() => new Map(workshop.participants.map((participant) => [participant.id, participant.name])), [workshop.participants]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      setColumns(Math.max(1, Math.floor((width + GAP) / (CARD_MIN_WIDTH + GAP))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'header' ? HEADER_ROW_HEIGHT : NOTE_ROW_HEIGHT),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 4,
    initialRect: { width: 1200, height: 800 },
  });

  // Keep the active note real: it may have been merged away or deleted.
  const active = activeId !== null && groups.some((group) => group.notes.some((note) => note.id === activeId)) ? activeId : null;
  const noteCount = groups.reduce((sum, group) => sum + group.notes.length, 0);
  // Scroll only when the active note changes, looking its row up then (not on every note typed).
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  useEffect(() => {
    if (active === null) return;
    const row = rowsRef.current.findIndex((entry) => entry.kind === 'notes' && entry.notes.some((note) => note.id === active));
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'auto' });
  }, [active, virtualizer]);

  const chosen = (): string[] => {
    const flat = flatten(groups);
    // The active note comes first: it is the one a merge keeps.
    const others = flat.filter((note) => selected.has(note.id) && note.id !== active).map((note) => note.id);
    return active === null ? others : [active, ...others];
  };
  const noteById = (id: string | null) => (id === null ? undefined : flatten(groups).find((note) => note.id === id));
  const report = (outcome: { ok: boolean; message?: string }, done: string) => (outcome.ok ? say(done) : say(outcome.message ?? 'That did not work.', 'refused'));

  const command = (key: string): boolean => {
    const ids = chosen();
    const note = noteById(active);
    switch (key) {
      case 'edit':
        if (note) setDialog({ kind: 'edit', note });
        return true;
      case 'move':
        if (ids.length > 0) setDialog({ kind: 'move', noteIds: ids });
        return true;
      case 'group':
        if (ids.length > 0) setDialog({ kind: 'group', noteIds: ids });
        return true;
      case 'merge':
        if (ids.length < 2) say('Select the notes to merge with Space first, then press J on the one to keep.', 'refused');
        else {
          report(actions.mergeNotes(clientId, workshop.id, ids), `${ids.length} notes merged.`);
          setSelected(new Set());
        }
        return true;
      case 'rename': {
        const cluster = note?.clusterId ? workshop.clusters.find((entry) => entry.id === note.clusterId) : undefined;
        if (cluster) setDialog({ kind: 'rename', cluster });
        else say('This note is not in a cluster; press G to group it into one.', 'refused');
        return true;
      }
      case 'action':
        if (note) report(actions.noteToAction(clientId, workshop.id, { noteId: note.id }), 'Action added from the note.');
        return true;
      case 'initiative':
        if (note) report(actions.noteToInitiative(clientId, workshop.id, note.id), 'Initiative added to the roadmap (Establish, internal).');
        return true;
      case 'delete':
        if (note) {
          const flat = flatten(groups);
          const at = flat.indexOf(note);
          actions.deleteNote(clientId, workshop.id, note.id);
          setActiveId(flat[at + 1]?.id ?? flat[at - 1]?.id ?? null);
          say('Note deleted (Ctrl+Z brings it back).');
        }
        return true;
      default:
        return false;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const flat = flatten(groups);
    const at = active === null ? -1 : flat.findIndex((note) => note.id === active);
    const moveTo = (index: number) => {
      const target = flat[Math.max(0, Math.min(flat.length - 1, index))];
      if (target) setActiveId(target.id);
    };
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveTo(at + 1),
      ArrowLeft: () => moveTo(at - 1),
      ArrowDown: () => moveTo(at < 0 ? 0 : at + columns),
      ArrowUp: () => (at - columns < 0 ? document.querySelector<HTMLElement>('.facilitator__note-box')?.focus() : moveTo(at - columns)),
      Home: () => moveTo(0),
      End: () => moveTo(flat.length - 1),
      ' ': () => {
        if (active === null) return;
        const next = new Set(selected);
        if (next.has(active)) next.delete(active);
        else next.add(active);
        setSelected(next);
      },
      Escape: () => document.querySelector<HTMLElement>('.facilitator__note-box')?.focus(),
      Enter: () => command('edit'),
      F2: () => command('edit'),
      Delete: () => command('delete'),
      m: () => command('move'),
      g: () => command('group'),
      j: () => command('merge'),
      r: () => command('rename'),
      a: () => command('action'),
      i: () => command('initiative'),
    };
    const run = keys[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  return (
    <section className="facilitator__board-wrap" aria-label="Board">
      <div className="facilitator__board-tools" role="toolbar" aria-label="Arrange notes">
        <span className="facilitator__board-count">
          {noteCount} {noteCount === 1 ? 'note' : 'notes'}
          {selected.size > 0 ? ` · ${selected.size} selected` : ''}
        </span>
        {(
          [
            ['edit', 'Edit', 'Enter'],
            ['move', 'Move', 'M'],
            ['group', 'Group', 'G'],
            ['merge', 'Merge', 'J'],
            ['rename', 'Rename cluster', 'R'],
            ['action', 'To action', 'A'],
            ['initiative', 'To initiative', 'I'],
            ['delete', 'Delete', 'Del'],
          ] as const
        ).map(([key, label, shortcut]) => (
          <button key={key} type="button" className="facilitator__tool" onClick={() => command(key)} disabled={active === null} title={shortcut}>
            {label} <kbd>{shortcut}</kbd>
          </button>
        ))}
      </div>
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
        {noteCount === 0 ? <p className="facilitator__board-empty">Notes appear here as they are typed.</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const row = rows[virtual.index]!;
            return (
              <div key={virtual.key} className={`facilitator__row facilitator__row--${row.kind}`} style={{ transform: `translateY(${virtual.start}px)`, height: virtual.size }}>
                {row.kind === 'header' ? (
                  <h2 className="facilitator__cluster" data-cluster-heading>
                    {row.label} <span className="facilitator__cluster-count">{row.count}</span>
                  </h2>
                ) : (
                  row.notes.map((note) => (
                    <NoteCard
                      key={note.id}
                      note={note}
                      author={note.authorParticipantId ? (names.get(note.authorParticipantId) ?? '') : ''}
                      active={note.id === active}
                      selected={selected.has(note.id)}
                      onPick={setActiveId}
                      columns={columns}
                    />
                  ))
                )}
              </div>
            );
          })}
        </div>
      </div>
      {dialog ? <NoteDialogs clientId={clientId} workshop={workshop} item={item} dialog={dialog}
          onClose={() => {
            setDialog(null);
            scroller.current?.focus();
          }} say={say} onDone={() => setSelected(new Set())} /> : null}
    </section>
  );
}

const NoteCard = memo(function NoteCard({
  note,
  author,
  active,
  selected,
  onPick,
  columns,
}: {
  note: WorkshopNote;
  author: string;
  active: boolean;
  selected: boolean;
  onPick: (id: string) => void;
  columns: number;
}) {
  return (
    <div
      id={`note-${note.id}`}
      role="option"
      aria-selected={selected}
      className="facilitator__note"
      data-active={active || undefined}
      style={{ width: `calc((100% - ${(columns - 1) * GAP}px) / ${columns})` }}
      onMouseDown={() => onPick(note.id)}
    >
      <p className="facilitator__note-text">{note.text}</p>
      {author ? <p className="facilitator__note-author">{author}</p> : null}
    </div>
  );
});
