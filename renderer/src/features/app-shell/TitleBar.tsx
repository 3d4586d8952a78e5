import { Redo2, Settings, Undo2 } from 'lucide-react';
import { useCairn, useCairnStore, useHistory } from '../../store/StoreContext';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { SyncStatusIndicator } from '../sync/SyncStatusIndicator';
import { CairnMark } from '../../components/CairnMark';
import { ClientBreadcrumb } from '../client-page/ClientBreadcrumb';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function TitleBar() {
  const store = useCairnStore();
  const canUndo = useHistory((history) => history.pastStates.length > 0);
  const canRedo = useHistory((history) => history.futureStates.length > 0);
  const openDialog = useCairn((state) => state.openDialog);
  return (
    <header className="titlebar">
      <div className="titlebar__brand">
        <CairnMark />
        <span className="titlebar__name">Cairn</span>
      </div>
      <ClientBreadcrumb />
      <div className="titlebar__actions">
        <SyncStatusIndicator />
        <SaveStatusIndicator />
        <div className="titlebar__group" role="group" aria-label="History">
          <button type="button" className="icon-btn" aria-label="Undo" title={`Undo (${mod}Z)`} disabled={!canUndo} onClick={() => store.undo()}>
            <Undo2 size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label="Redo"
            title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z'})`}
            disabled={!canRedo}
            onClick={() => store.redo()}
          >
            <Redo2 size={16} aria-hidden="true" />
          </button>
        </div>
        <button type="button" className="icon-btn" aria-label="Settings" title={`Settings (${mod},)`} onClick={() => openDialog('settings')}>
          <Settings size={16} aria-hidden="true" />
        </button>
      </div>
    </header>
  );
}
