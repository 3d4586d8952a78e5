import { useActions, useCairn } from '../../store/StoreContext';
import { viewOf } from '../../store/docs.selectors';
import { NavList } from '../../components/NavList';
import { TAB_LABELS, groupOf } from './client-sections';

/**
 * Where the consultant is, always in view in the title bar: "Nordlicht › Assess › Maturity".
 * The client goes to its overview, the group to its first section.
 */
export function ClientBreadcrumb() {
  const client = useCairn((state) => (state.selectedClientId === null ? null : (state.docs[state.selectedClientId] ?? null)));
  const tab = useCairn((state) => state.tab);
  const { setTab } = useActions();
  if (!client) return null;
  const trashed = viewOf(client) === 'trash';
  const group = groupOf(tab);
  const items = trashed
    ? [{ key: 'client', label: client.name }]
    : [
        { key: 'client', label: client.name, onSelect: () => setTab('overview') },
        ...(group.label === TAB_LABELS[tab] ? [] : [{ key: 'group', label: group.label, onSelect: () => setTab(group.sections[0]!) }]),
        { key: 'section', label: TAB_LABELS[tab] },
      ];
  return <NavList label="Breadcrumb" variant="breadcrumb" items={items} current={trashed ? 'client' : 'section'} className="titlebar__trail" />;
}
