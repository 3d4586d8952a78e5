import type { Dispatch, SetStateAction } from 'react';
import { countOf } from '../../../../../shared/format/plural';
import type { Workshop } from '../../../../../shared/workshop';
import type { CairnActions } from '../../../store/StoreContext';
import { flatten, placeOf, shiftedIndex, type BoardGroup } from './board-layout';
import type { Say } from './facilitation-context';
import type { NoteDialog } from './NoteDialogs';

export type BoardCommand = 'edit' | 'move' | 'group' | 'merge' | 'rename' | 'merge-cluster' | 'ungroup' | 'action' | 'initiative' | 'delete' | 'select' | 'later';

/** The toolbar: command, label, key (the same keys the board takes), and what the help says of it. */
export const BOARD_TOOLS = [
  ['edit', 'Edit', 'Enter', 'Edit the note and its author'],
  ['group', 'Cluster', 'G', 'New cluster from the note (and the selected ones), then name it'],
  ['move', 'Move', 'M', 'Move into a cluster by its number, or out of any with 0'],
  ['rename', 'Rename', 'R', 'Rename the note’s cluster'],
  ['merge', 'Merge', 'J', 'Merge the selected notes into this one'],
  ['merge-cluster', 'Merge clusters', 'K', 'Merge the note’s cluster into another'],
  ['ungroup', 'Ungroup', 'U', 'Delete the note’s cluster; its notes stay, unclustered'],
  ['action', 'Action', 'A', 'Turn the note into an action'],
  ['initiative', 'Initiative', 'I', 'Turn the note into a roadmap initiative'],
  ['delete', 'Delete', 'Del', 'Delete the note (Ctrl+Z brings it back)'],
] as const satisfies readonly (readonly [BoardCommand, string, string, string])[];

interface Context {
  clientId: string;
  workshop: Workshop;
  groups: readonly BoardGroup[];
  active: string | null;
  selected: ReadonlySet<string>;
  columns: number;
  actions: CairnActions;
  say: Say;
  setActiveId: (id: string | null) => void;
  setSelected: Dispatch<SetStateAction<ReadonlySet<string>>>;
  setDialog: (dialog: NoteDialog | null) => void;
}

/** What each board command does to the active note, the selection or the active note's cluster. */
export function boardCommands({ clientId, workshop, groups, active, selected, actions, say, setActiveId, setSelected, setDialog }: Context) {
  const report = (outcome: { ok: boolean; message?: string }, done: string) => (outcome.ok ? say(done) : say(outcome.message ?? 'That did not work.', 'refused'));
  const chosen = (): string[] => {
    // The active note comes first: it is the one a merge keeps.
    const others = flatten(groups).filter((note) => selected.has(note.id) && note.id !== active).map((note) => note.id);
    return active === null ? others : [active, ...others];
  };
  const place = active === null ? null : placeOf(groups, active);
  const note = place?.group.notes[place.shownAt];
  const cluster = place?.group.clusterId ? workshop.clusters.find((entry) => entry.id === place.group.clusterId) : undefined;
  const needsCluster = () => say('This note is not in a cluster; press G to make one with it.', 'refused');

  return (key: BoardCommand, by = 1): void => {
    const ids = chosen();
    switch (key) {
      case 'select':
        if (active === null) return;
        setSelected((current) => {
          const next = new Set(current);
          if (next.has(active)) next.delete(active);
          else next.add(active);
          return next;
        });
        return;
      case 'later': {
        if (active === null) return;
        const to = shiftedIndex(groups, active, by);
        if (to) report(actions.moveNote(clientId, workshop.id, { noteId: active, clusterId: to.clusterId, index: to.index }), by < 0 ? 'Note moved earlier.' : 'Note moved later.');
        return;
      }
      case 'edit':
        if (note) setDialog({ kind: 'edit', note });
        return;
      case 'move':
        if (ids.length > 0) setDialog({ kind: 'move', noteIds: ids });
        return;
      case 'group':
        if (ids.length > 0) setDialog({ kind: 'group', noteIds: ids });
        return;
      case 'merge':
        if (ids.length < 2) say('Select the notes to merge with Space first, then press J on the one to keep.', 'refused');
        else {
          report(actions.mergeNotes(clientId, workshop.id, ids), `${countOf(ids.length, 'note')} merged.`);
          setSelected(new Set());
        }
        return;
      case 'rename':
        if (cluster) setDialog({ kind: 'rename', cluster });
        else needsCluster();
        return;
      case 'merge-cluster':
        if (cluster) setDialog({ kind: 'merge-cluster', cluster });
        else needsCluster();
        return;
      case 'ungroup':
        if (cluster) report(actions.dissolveCluster(clientId, workshop.id, cluster.id), `Cluster “${cluster.label}” ungrouped; its notes are back among the unclustered (Ctrl+Z undoes).`);
        else needsCluster();
        return;
      case 'action':
        if (note) report(actions.noteToAction(clientId, workshop.id, { noteId: note.id }), 'Action added from the note.');
        return;
      case 'initiative':
        if (note) report(actions.noteToInitiative(clientId, workshop.id, note.id), 'Initiative added to the roadmap (Establish, internal).');
        return;
      case 'delete':
        if (note && place) {
          const flat = flatten(groups);
          const at = flat.indexOf(note);
          actions.deleteNote(clientId, workshop.id, note.id);
          setActiveId(flat[at + 1]?.id ?? flat[at - 1]?.id ?? null);
          say('Note deleted (Ctrl+Z brings it back).');
        }
        return;
    }
  };
}
