import { Suspense, useCallback, useState } from 'react';
import { Presentation } from 'lucide-react';
import type { Client } from '../../../../../shared/domain/client';
import type { Workshop } from '../../../../../shared/workshop';
import { LoadingPanel } from '../../../components/LoadingPanel';
import { FacilitatorMode } from '../../app-shell/lazy-parts';
import { useFacilitatorHost } from './FacilitatorHost';

/**
 * The "Facilitate" entry of a workshop: opens facilitator mode over the whole window and,
 * where the platform allows, full screen (asked for inside the click, as browsers require).
 * In the app the mode opens in the host beside the app, which holds the app still behind it;
 * rendered alone (a test of the plan), it opens here.
 */
export function FacilitatorLauncher({ client, workshop }: { client: Client; workshop: Workshop }) {
  const host = useFacilitatorHost();
  const [open, setOpen] = useState(false);
  const leave = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => {
          if (host) host.open({ clientId: client.id, workshopId: workshop.id });
          else setOpen(true);
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
        }}
      >
        <Presentation aria-hidden size={16} /> Facilitate
      </button>
      {open ? (
        <Suspense fallback={<LoadingPanel overlay label="Opening facilitator mode…" />}>
          <FacilitatorMode client={client} workshopId={workshop.id} onLeave={leave} />
        </Suspense>
      ) : null}
    </>
  );
}
