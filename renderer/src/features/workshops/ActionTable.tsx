import { ACTION_STATUSES, type ActionStatus, type WorkshopAction } from '../../../../shared/workshop';
import { useActions } from '../../store/StoreContext';
import { ACTION_STATUS_LABELS, formatDay } from './workshop-format';
import { useFormat } from '../../components/useFormat';

export interface ActionTableRow {
  action: WorkshopAction;
  workshopId: string;
  workshopTitle: string;
  overdue: boolean;
}

/** Actions with owner, due date and an editable status; the workshop column appears in the client-wide list. */
export function ActionTable({ clientId, rows, caption, onOpenWorkshop }: { clientId: string; rows: readonly ActionTableRow[]; caption: string; onOpenWorkshop?: (id: string) => void }) {
  const { locale } = useFormat();
  const { updateAction } = useActions();
  return (
    <div className="table-wrap">
      <table className="table action-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            {onOpenWorkshop ? <th scope="col">From</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ action, workshopId, workshopTitle, overdue }) => (
            <tr key={`${workshopId}:${action.id}`} className={overdue ? 'is-overdue' : undefined}>
              <td className="action-table__what">{action.what}</td>
              <td className="table__nowrap">{action.ownerName || <span className="action-table__none">Unassigned</span>}</td>
              <td className="table__nowrap">
                {action.dueDate ? formatDay(action.dueDate, locale) : <span className="action-table__none">No date</span>}
                {overdue ? <span className="badge badge--danger action-table__overdue">Overdue</span> : null}
              </td>
              <td>
                <select
                  className={`select select--inline action-status--${action.status}`}
                  aria-label={`Status of “${action.what}”`}
                  value={action.status}
                  onChange={(event) => updateAction(clientId, workshopId, { actionId: action.id, status: event.target.value as ActionStatus })}
                >
                  {ACTION_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {ACTION_STATUS_LABELS[status]}
                    </option>
                  ))}
                </select>
              </td>
              {onOpenWorkshop ? (
                <td className="action-table__from">
                  <button type="button" className="link-btn" title={workshopTitle} onClick={() => onOpenWorkshop(workshopId)}>
                    {workshopTitle}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
