import { useEffect, useMemo, useRef, useState } from 'react';
import { Plus, Search, Trash2 } from 'lucide-react';
import { useActions, useCairn } from '../../store/StoreContext';
import { listedClients, viewCounts, visibleClients } from '../../store/docs.selectors';
import { ClientList } from './ClientList';
import { ViewSwitch } from './ViewSwitch';
import { ClientListEmpty } from './ClientListEmpty';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/format';
import { FrameworkLibraryButton } from '../frameworks/FrameworkLibraryButton';
import { ImportButton } from '../engagement-files/ImportButton';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function Sidebar() {
  const docs = useCairn((state) => state.docs);
  const summaries = useCairn((state) => state.summaries);
  const view = useCairn((state) => state.view);
  const search = useCairn((state) => state.search);
  const selectedId = useCairn((state) => state.selectedClientId);
  const focusRequest = useCairn((state) => state.searchFocusRequest);
  const { setView, setSearch, selectClient, openDialog, emptyTrash } = useActions();
  const searchRef = useRef<HTMLInputElement>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);

  const listed = useMemo(() => listedClients(docs, summaries), [docs, summaries]);
  const clients = useMemo(() => visibleClients(listed, view, search), [listed, view, search]);
  const counts = useMemo(() => viewCounts(listed), [listed]);

  useEffect(() => {
    if (focusRequest === 0) return;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [focusRequest]);

  return (
    <aside className="sidebar" aria-label="Clients">
      <div className="sidebar__top">
        <div className="search">
          <Search size={14} className="search__icon" aria-hidden="true" />
          <input
            ref={searchRef}
            type="search"
            className="search__input"
            aria-label="Search clients"
            placeholder={`Search  ${isMac ? '⌘F' : 'Ctrl+F'}`}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && search !== '') {
                event.preventDefault();
                setSearch('');
              }
            }}
          />
        </div>
        <ViewSwitch view={view} counts={counts} onChange={setView} />
      </div>

      <div className="sidebar__list">
        {clients.length > 0 ? (
          <ClientList clients={clients} selectedId={selectedId} onOpen={selectClient} />
        ) : (
          <ClientListEmpty view={view} search={search} onClearSearch={() => setSearch('')} />
        )}
      </div>

      <div className="sidebar__footer">
        {view === 'trash' ? (
          <button type="button" className="btn btn--ghost btn--block" disabled={counts.trash === 0} onClick={() => setConfirmEmpty(true)}>
            <Trash2 size={14} aria-hidden="true" />
            Empty trash
          </button>
        ) : (
          <button type="button" className="btn btn--primary btn--block" onClick={() => openDialog('new-client')}>
            <Plus size={14} aria-hidden="true" />
            New client
          </button>
        )}
        <FrameworkLibraryButton />
        <ImportButton />
      </div>

      {confirmEmpty ? (
        <ConfirmDialog
          title="Empty the trash?"
          message={`${plural(counts.trash, 'client')} and all their stakeholders will be deleted. This cannot be undone.`}
          confirmLabel="Empty trash"
          tone="danger"
          onCancel={() => setConfirmEmpty(false)}
          onConfirm={() => {
            emptyTrash();
            setConfirmEmpty(false);
          }}
        />
      ) : null}
    </aside>
  );
}
