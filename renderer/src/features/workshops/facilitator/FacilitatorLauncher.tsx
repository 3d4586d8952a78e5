import type { Client } from '../../../../../shared/domain/client';
import type { Workshop } from '../../../../../shared/workshop';

/** Opens facilitator mode for one workshop (being built). */
export function FacilitatorLauncher({ workshop }: { client: Client; workshop: Workshop }) {
  return (
    <button type="button" className="button button-primary" disabled title="Facilitator mode is being built">
      Facilitate {workshop.title}
    </button>
  );
}
