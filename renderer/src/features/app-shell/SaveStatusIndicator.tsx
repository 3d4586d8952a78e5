import { Check, CloudOff, Loader } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';
import { SAVE_STATUS_TEXT, selectSaveStatus } from '../../store/save.selectors';

export function SaveStatusIndicator() {
  const status = useCairn(selectSaveStatus);
  const Icon = status === 'saved' ? Check : status === 'saving' ? Loader : CloudOff;
  return (
    <div className={`save-status save-status--${status}`} role="status" aria-live="polite">
      <Icon size={14} aria-hidden="true" className="save-status__icon" />
      <span>{SAVE_STATUS_TEXT[status]}</span>
    </div>
  );
}
