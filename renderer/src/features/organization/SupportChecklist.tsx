import { COMMUNITY_MANAGER_SUPPORT, type Organization } from '../../../../shared/organization';
import { useActions, useCairnStore } from '../../store/StoreContext';

/** What the community manager needs from the organization, each met or not, with a note. */
export function SupportChecklist({ clientId, organization }: { clientId: string; organization: Organization | null }) {
  const store = useCairnStore();
  const { setSupportItem } = useActions();
  return (
    <ul className="org-support">
      {COMMUNITY_MANAGER_SUPPORT.map((definition) => {
        const item = organization?.supportChecklist.find((candidate) => candidate.id === definition.id);
        const hintId = `org-support-hint-${definition.id}`;
        return (
          <li key={definition.id} className={`org-support__item${item?.met ? ' is-met' : ''}`}>
            <label className="check org-support__check">
              <input type="checkbox" aria-describedby={hintId} checked={item?.met ?? false} onChange={(event) => setSupportItem(clientId, definition.id, { met: event.target.checked })} />
              <span className="org-support__label">{definition.label}</span>
            </label>
            <p id={hintId} className="org-support__hint">
              {definition.hint}
            </p>
            <textarea
              className="textarea org-support__note"
              rows={2}
              aria-label={`Note on ${definition.label.toLowerCase()}`}
              placeholder="Note: what is in place, what is missing"
              value={item?.note ?? ''}
              onChange={(event) => setSupportItem(clientId, definition.id, { note: event.target.value }, 'note')}
              onBlur={() => store.endEditBurst()}
            />
          </li>
        );
      })}
    </ul>
  );
}
