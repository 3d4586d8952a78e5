import type { Client } from '../../../../shared/domain/client';

/** Workshops: plan, facilitate, summarise (being built). */
export function WorkshopsTab({ client }: { client: Client }) {
  return (
    <section aria-label="Workshops">
      <p>{client.workshops.length} workshops</p>
    </section>
  );
}
