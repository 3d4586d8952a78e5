import { useEffect } from 'react';
import { useCairnStore } from '../../store/StoreContext';

const TOAST_MS = 8_000;

/** A short-lived notice after a deletion, with a way back. */
export function UndoToast({ message, onDone }: { message: string; onDone: () => void }) {
  const store = useCairnStore();
  useEffect(() => {
    const timer = setTimeout(onDone, TOAST_MS);
    return () => clearTimeout(timer);
  }, [message, onDone]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button
        type="button"
        className="link-btn"
        onClick={() => {
          store.undo();
          onDone();
        }}
      >
        Bring back
      </button>
    </div>
  );
}
