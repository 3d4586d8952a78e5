import { AlertTriangle } from 'lucide-react';
import { useActions, useCairn } from '../../store/StoreContext';
import { EmptyState } from '../../components/EmptyState';
import { LoadingPanel } from '../../components/LoadingPanel';

/** What the page shows while a client chosen in the list has its document read, or when it could not be read. */
export function OpeningClient({ clientId, name }: { clientId: string; name: string }) {
  const opening = useCairn((state) => state.opening[clientId] ?? null);
  const { setOpening } = useActions();
  if (opening?.status !== 'failed') return <LoadingPanel label={`Opening ${name}…`} />;
  return (
    <EmptyState
      icon={<AlertTriangle size={28} />}
      title={`${name} could not be opened`}
      action={
        <button type="button" className="btn" onClick={() => setOpening(clientId, null)}>
          Try again
        </button>
      }
    >
      <span role="alert">{opening.message}</span>
    </EmptyState>
  );
}
