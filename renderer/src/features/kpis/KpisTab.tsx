import type { Client } from '../../../../shared/domain/client';

// Wired by the client page; built out in the issue-5 work.
export function KpisTab({ client }: { client: Client }) {
  return <p className="empty-hint">{client.name}</p>;
}
