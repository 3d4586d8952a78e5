import { ACTION_STATUSES, type ActionStatus, type Workshop } from '../../../../../shared/workshop';
import { useActions } from '../../../store/StoreContext';
import { useFormat } from '../../../components/useFormat';
import { STATUS_LABELS } from './ActionCapture';
import type { Say } from './facilitation-context';
import { ListboxSelect } from './ListboxSelect';

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/** Decisions and actions so far, with each action's status changeable in place. */
export function ActionsPanel({ clientId, workshop, say }: { clientId: string; workshop: Workshop; say: Say }) {
  const format = useFormat();
  const { updateAction } = useActions();
  return (
    <div className="facilitator__outcomes">
      <section aria-label="Decisions">
        <h2 className="facilitator__section-title">
          Decisions <span className="facilitator__cluster-count">{workshop.decisions.length}</span>
        </h2>
        {workshop.decisions.length === 0 ? <p className="facilitator__hint">Alt+D records a decision.</p> : null}
        <ul className="facilitator__list">
          {workshop.decisions.map((decision) => (
            <li key={decision.id}>{decision.text}</li>
          ))}
        </ul>
      </section>
      <section aria-label="Actions">
        <h2 className="facilitator__section-title">
          Actions <span className="facilitator__cluster-count">{workshop.actions.length}</span>
        </h2>
        {workshop.actions.length === 0 ? <p className="facilitator__hint">Alt+A records an action: what, owner, due date.</p> : null}
        <ul className="facilitator__list">
          {workshop.actions.map((action) => (
            <li key={action.id} className="facilitator__action">
              <span className="facilitator__action-what">{action.what}</span>
              <span className="facilitator__action-meta">
                {action.ownerName || 'No owner yet'}
                {action.dueDate ? ` · due ${format.date(action.dueDate)}` : ''}
              </span>
              <ListboxSelect
                label={`Status of “${action.what}”`}
                value={action.status}
                options={STATUS_OPTIONS}
                onChange={(value) => {
                  const outcome = updateAction(clientId, workshop.id, { actionId: action.id, status: value as ActionStatus });
                  if (!outcome.ok) say(outcome.message, 'refused');
                }}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
