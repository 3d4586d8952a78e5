import type { Client } from '../domain/client';

/** Where a client shows in the app: the client list, the archive, or the trash. */
export type ClientPlace = 'active' | 'archived' | 'trash';

export function clientPlace(client: Pick<Client, 'archivedAt' | 'deletedAt'>): ClientPlace {
  if (client.deletedAt !== null) return 'trash';
  return client.archivedAt !== null ? 'archived' : 'active';
}

/**
 * An import never ends invisible: when the client it writes is not in the client list,
 * the preview and the receipt say where it is. Null when it is in the list.
 */
export function placeNote(name: string, place: ClientPlace): string | null {
  if (place === 'archived') return `${name} is archived: find it under Archived in the client list.`;
  if (place === 'trash') return `${name} is in the trash (the file says it was deleted): restore it from the trash to work on it.`;
  return null;
}

/** A client imported as new is never put straight into the trash; a copy of a deleted client comes back to the list. */
export function outOfTheTrash(client: Client): Client {
  return client.deletedAt === null ? client : { ...client, deletedAt: null };
}
