import type { Client } from '../../../../shared/domain/client';

// Wired by the client page; built out in the issue-3 work.
export function FirstMovesTab({ client }: { client: Client }) {
  return <p className="empty-hint">{client.name}</p>;
}
