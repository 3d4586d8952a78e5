import type { Client } from '../../../../shared/domain/client';

// Wired by the client page; built out in the issue-3 work.
export function TenStagesTab({ client }: { client: Client }) {
  return <p className="empty-hint">{client.name}</p>;
}
