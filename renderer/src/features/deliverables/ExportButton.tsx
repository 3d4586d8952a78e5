import { FileDown } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';

/** "Export…" on the client page; the dialog is the workspace's, shared with the menu and Ctrl/Cmd+E. */
export function ExportButton() {
  const openDialog = useCairn((state) => state.openDialog);
  return (
    <button type="button" className="btn" onClick={() => openDialog('export')}>
      <FileDown size={14} aria-hidden="true" />
      Export…
    </button>
  );
}
