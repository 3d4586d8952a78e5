import { Lock } from 'lucide-react';
import { useCairn } from '../../store/StoreContext';

/** Shown for the whole session when the data folder cannot be written: everything opens, nothing is changed on disk. */
export function ReadOnlyBanner() {
  const readOnly = useCairn((state) => state.readOnly);
  const dataDir = useCairn((state) => state.dataDir);
  if (!readOnly) return null;
  return (
    <div className="banner banner--warning" role="status" aria-label="Read-only data folder">
      <Lock size={16} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        <p className="banner__title">This data folder is read-only.</p>
        <p>
          Cairn opened <code>{dataDir}</code> without changing anything in it: you can read every client and export deliverables, but nothing you change is written to it. Make the folder
          writable (or copy it somewhere writable) and restart Cairn to edit.
        </p>
      </div>
    </div>
  );
}
