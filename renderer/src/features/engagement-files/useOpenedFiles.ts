import { useEffect, useRef, useState } from 'react';
import type { FileGrant } from '../../../../shared/ipc/contract-files';
import type { CairnApi } from '../../api/cairn-api';
import { useApi } from '../../api/ApiContext';

/**
 * Grants taken from main but not yet shown, per API. Taking empties main's queue, so what
 * arrives while no component listens (a remount, StrictMode's double effects) waits here.
 */
const inboxes = new WeakMap<CairnApi, { grants: FileGrant[]; listeners: Set<() => void> }>();
const inboxOf = (api: CairnApi) => {
  let inbox = inboxes.get(api);
  if (!inbox) inboxes.set(api, (inbox = { grants: [], listeners: new Set() }));
  return inbox;
};

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
    const inbox = inboxOf(api);
    const drain = () => {
      if (inbox.grants.length === 0) return;
      const grants = inbox.grants;
      inbox.grants = [];
      setWaiting((current) => [...current, ...grants]);
    };
    const take = async () => {
      const result = await api.takeOpenedFiles({});
      if (!result.ok || result.value.length === 0) return;
      inbox.grants.push(...result.value);
      for (const listener of inbox.listeners) listener();
    };
    inbox.listeners.add(drain);
    drain();
    void take();
    const off = api.onFilesOpened(() => void take());
    return () => {
      inbox.listeners.delete(drain);
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
