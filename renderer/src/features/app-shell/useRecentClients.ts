import { useEffect, useRef } from 'react';
import { useApi } from '../../api/ApiContext';
import { useActions, useCairn } from '../../store/StoreContext';

/**
 * Like a desktop app reopening the last document: at start, select the client opened most
 * recently (if it still exists and is not in the trash); afterwards, remember each client
 * the consultant opens (preferences.recentClientIds).
 */
export function useRecentClients(): void {
  const api = useApi();
  const { selectClient, setPreferences } = useActions();
  const selectedClientId = useCairn((state) => state.selectedClientId);
  const recent = useCairn((state) => state.preferences?.recentClientIds ?? null);
  const docs = useCairn((state) => state.docs);
  const summaries = useCairn((state) => state.summaries);
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current || recent === null) return;
    restored.current = true;
    if (selectedClientId !== null) return;
    const last = recent.find((id) => {
      const client = docs[id] ?? summaries[id];
      return client !== undefined && client.deletedAt === null && client.archivedAt === null;
    });
    if (last) selectClient(last);
  }, [recent, docs, summaries, selectedClientId, selectClient]);

  useEffect(() => {
    if (selectedClientId === null || !restored.current) return;
    let cancelled = false;
    void api.noteClientOpened({ id: selectedClientId }).then((result) => {
      if (!cancelled && result.ok) setPreferences(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [api, selectedClientId, setPreferences]);
}
