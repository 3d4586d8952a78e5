import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ClientSummary } from '../../../../shared/domain/client';
import { plural } from '../../components/format';
import { useCairn } from '../../store/StoreContext';
import { selectSyncClients } from '../../store/sync.selectors';
import { ClientSyncMark } from '../sync/ClientSyncMark';
import { shortSyncLabel } from '../sync/sync-text';

interface ClientListProps {
  clients: ClientSummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** A listbox with roving focus: arrows move, Home/End jump, Enter or Space opens. */
export function ClientList({ clients, selectedId, onOpen }: ClientListProps) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const syncClients = useCairn(selectSyncClients);
  const sharedById = useMemo(() => new Map(syncClients.filter((status) => status.shared).map((status) => [status.clientId, status])), [syncClients]);
  const tabStopId =
    (focusedId && clients.some((c) => c.id === focusedId) ? focusedId : null) ??
    (selectedId && clients.some((c) => c.id === selectedId) ? selectedId : null) ??
    clients[0]?.id ??
    null;

  const moveTo = (index: number) => {
    const target = clients[Math.max(0, Math.min(clients.length - 1, index))];
    if (!target) return;
    setFocusedId(target.id);
    itemRefs.current.get(target.id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, id: string) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: clients.length - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };

  return (
    <ul className="client-list" role="listbox" aria-label="Clients">
      {clients.map((client, index) => {
        const meta = [client.industry, client.region].filter(Boolean).join(' · ');
        const sync = sharedById.get(client.id);
        const sharedBy = sync?.sharedBy ? `Shared by ${sync.sharedBy}` : null;
        return (
          <li
            key={client.id}
            ref={(element) => {
              if (element) itemRefs.current.set(client.id, element);
              else itemRefs.current.delete(client.id);
            }}
            role="option"
            aria-selected={client.id === selectedId}
            aria-description={[meta, plural(client.stakeholderCount, 'stakeholder'), sharedBy, sync ? shortSyncLabel(sync) : null].filter(Boolean).join(', ')}
            tabIndex={client.id === tabStopId ? 0 : -1}
            className="client-list__item"
            onClick={() => {
              setFocusedId(client.id);
              onOpen(client.id);
            }}
            onKeyDown={(event) => onKeyDown(event, index, client.id)}
            onFocus={() => setFocusedId(client.id)}
          >
            <span className="client-list__avatar" aria-hidden="true">
              {initials(client.name)}
            </span>
            <span className="client-list__text">
              <span className="client-list__name">{client.name}</span>
              {/* A space between name and details, for the name read from this row. */}{' '}
              <span className="client-list__meta">
                {sync ? <ClientSyncMark status={sync} /> : null}
                {sharedBy ? <span className="sync-shared-by">{sharedBy}</span> : null}
                {meta ? <span>{meta}</span> : sync ? null : 'No industry or region yet'}
              </span>
            </span>
            <span className="client-list__count" aria-hidden="true" title={plural(client.stakeholderCount, 'stakeholder')}>
              {client.stakeholderCount}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[1]] : [words[0]?.slice(0, 2)];
  return letters
    .map((word) => word?.charAt(0) ?? '')
    .join('')
    .toUpperCase() || '?';
}
