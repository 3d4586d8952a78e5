import { useEffect, useRef, useState } from 'react';
import type { FileGrant } from '../../../../shared/ipc/contract-files';
import { useApi } from '../../api/ApiContext';

/**
 * Files the OS asked Cairn to open (a double-clicked `.cairn` file, a second launch, macOS
 * Open With, a drop on the window): taken from main when the page starts and whenever main
 * says more arrived, then handed to `open` one at a time, each when `ready` (no preview
 * on screen).
 */
export function useOpenedFiles(ready: boolean, open: (grant: FileGrant) => Promise<void>): void {
  const api = useApi();
  const [waiting, setWaiting] = useState<FileGrant[]>([]);
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    let live = true;
    const take = async () => {
      const result = await api.takeOpenedFiles({});
      if (live && result.ok && result.value.length > 0) setWaiting((current) => [...current, ...result.value]);
    };
    void take();
    const off = api.onFilesOpened(() => void take());
    return () => {
      live = false;
      off();
    };
  }, [api]);

  useEffect(() => {
    if (!ready || waiting.length === 0) return;
    const [next, ...rest] = waiting;
    setWaiting(rest);
    if (next) void openRef.current(next);
  }, [ready, waiting]);
}
