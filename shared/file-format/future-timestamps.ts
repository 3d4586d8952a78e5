import type { Client } from '../domain/client';
import { CLIENT_ENTITY_LISTS } from './client-integrity';

/** How far ahead of this computer's clock a change time may be before it is not believed (clocks drift; time zones were once mixed up). */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface ClampedClient {
  client: Client;
  /** Merge keys (`<entity>:<id>`) whose change time was more than a day ahead and was set to `now`. */
  clamped: Set<string>;
}

interface Stamped {
  id: string;
  updatedAt: string;
}

/**
 * "Newer wins" trusts change times; a file whose clock was wrong (or that was edited to
 * read 2099) would win every merge for ever. So a change time more than a day ahead of
 * `now` counts as `now`: the entity is still compared and merged, but it cannot outrank
 * edits made later. Returns the same client when nothing was ahead.
 */
export function clampFutureTimestamps(client: Client, now: string): ClampedClient {
  const limit = Date.parse(now) + FUTURE_TOLERANCE_MS;
  const clamped = new Set<string>();
  const ahead = (timestamp: string) => Date.parse(timestamp) > limit;
  let result: Client = client;
  const patch = (next: Partial<Client>) => {
    result = { ...result, ...next };
  };
  if (ahead(client.updatedAt)) {
    clamped.add(`client:${client.id}`);
    patch({ updatedAt: now });
  }
  for (const list of CLIENT_ENTITY_LISTS) {
    const entities = client[list] as readonly Stamped[];
    if (!entities.some((entity) => ahead(entity.updatedAt))) continue;
    const fixed = entities.map((entity) => {
      if (!ahead(entity.updatedAt)) return entity;
      clamped.add(`${list}:${entity.id}`);
      return { ...entity, updatedAt: now };
    });
    patch({ [list]: fixed } as Partial<Client>);
  }
  if (client.organization && ahead(client.organization.updatedAt)) {
    clamped.add(`organization:${client.organization.id}`);
    patch({ organization: { ...client.organization, updatedAt: now } });
  }
  return { client: result, clamped };
}
