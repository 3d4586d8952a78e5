import type { Client } from '../../../../../shared/domain/client';

// Wired by the client page; built out in the issue-5 work.
export function TimelineView({ client }: { client: Client }) {
  return <p className="empty-hint">{client.name}</p>;
}
