import type { ClientView } from '../../store/ui.slice';

interface ClientListEmptyProps {
  view: ClientView;
  search: string;
  onClearSearch: () => void;
}

const EMPTY_TEXT: Record<ClientView, string> = {
  active: 'No clients yet. Create one with “New client”.',
  archived: 'Nothing archived. Archive a client you are not working with right now; it stays intact.',
  trash: 'The trash is empty. Clients you move to the trash wait here until you empty it.',
};

export function ClientListEmpty({ view, search, onClearSearch }: ClientListEmptyProps) {
  if (search.trim() !== '') {
    return (
      <div className="sidebar__empty">
        <p>No clients match “{search.trim()}”.</p>
        <button type="button" className="link-btn" onClick={onClearSearch}>
          Clear search
        </button>
      </div>
    );
  }
  return (
    <div className="sidebar__empty">
      <p>{EMPTY_TEXT[view]}</p>
    </div>
  );
}
