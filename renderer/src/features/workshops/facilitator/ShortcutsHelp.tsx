import { Dialog } from '../../../components/Dialog';
import { BOARD_TOOLS } from './board-commands';

/** Every key of facilitator mode, in one place (Alt+K or F1, or the Keys button). */
export const GLOBAL_KEYS: readonly (readonly [string, string])[] = [
  ['Page Down or Alt+→', 'Next agenda item'],
  ['Page Up or Alt+←', 'Previous agenda item'],
  ['Alt+T', 'Start, pause or resume the countdown'],
  ['Alt+1 / Alt+5', 'Extend by 1 or 5 minutes'],
  ['Alt+F', 'Finish the item (on the last one, offers to mark the workshop held)'],
  ['Alt+R', 'Reveal notes or results'],
  ['Alt+A / Alt+D', 'Record an action / a decision'],
  ['Alt+L', 'Light or dark projector palette'],
  ['Alt+K or F1', 'These keys'],
  ['Esc', 'Close a dialog; on the board, back to the note box; else leave'],
];

const BOARD_KEYS: readonly (readonly [string, string])[] = [
  ['Enter (in the note box)', 'Add the note; start it with @name to credit someone (case and accents ignored)'],
  ['↓ (empty note box)', 'Go to the board'],
  ['Arrows, Home, End', 'Move between notes'],
  ['Space', 'Select the note (for grouping, moving or merging several)'],
  ['Shift+arrows', 'Reorder the note within its cluster'],
  ...BOARD_TOOLS.map(([, , key, help]) => [key, help] as const),
];

function KeyTable({ caption, keys }: { caption: string; keys: readonly (readonly [string, string])[] }) {
  return (
    <table className="facilitator__keys-table">
      <caption>{caption}</caption>
      <tbody>
        {keys.map(([key, what]) => (
          <tr key={key}>
            <th scope="row">
              <kbd>{key}</kbd>
            </th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      description="Everything in facilitator mode works from the keyboard; after a dialog, the focus returns where it was."
      onClose={onClose}
      size="large"
      footer={
        <button type="button" className="btn btn--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="facilitator__keys-help">
        <KeyTable caption="Anywhere" keys={GLOBAL_KEYS} />
        <KeyTable caption="Brainstorm board" keys={BOARD_KEYS} />
      </div>
    </Dialog>
  );
}
