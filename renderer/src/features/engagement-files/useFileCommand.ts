import { useEffect, useRef } from 'react';
import type { FileCommand } from '../../store/ui.slice';
import { useCairn, useCairnStore } from '../../store/StoreContext';

/**
 * Carry out a File-menu command in the component that owns its flow (Import… in the
 * sidebar, Export Client File… on the client page, Back Up Workspace… in Settings). The
 * command is taken once, so a remount does not repeat it.
 */
export function useFileCommand(command: FileCommand, run: () => void): void {
  const store = useCairnStore();
  const pending = useCairn((state) => state.pendingFileCommand);
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (pending !== command) return;
    store.getState().requestFileCommand(null);
    latest.current();
  }, [pending, command, store]);
}
