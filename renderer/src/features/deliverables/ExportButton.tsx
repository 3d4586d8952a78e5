import { FileDown } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';
import { Button } from '../../components/Button';
// The export dialog's styles too: it loads lazily, and is styled from its first frame.
import './deliverables.css';

/** "Export…" on the client page; the dialog is the workspace's, shared with the menu and Ctrl/Cmd+E. */
export function ExportButton() {
  const openDialog = useCairn((state) => state.openDialog);
  return (
    <Button onClick={() => openDialog('export')}>
      <FileDown size={14} aria-hidden="true" />
      Export…
    </Button>
  );
}
