import { summarizeClient, type Client, type ClientSummary } from '../../../shared/domain/client';
import type { CairnState } from './cairn-state';
import type { ClientView } from './ui.slice';

/** Which list a client belongs in: trash wins over archive. */
export function viewOf(client: Pick<Client, 'archivedAt' | 'deletedAt'>): ClientView {
  if (client.deletedAt !== null) return 'trash';
  return client.archivedAt !== null ? 'archived' : 'active';
}

/** Case- and accent-insensitive match on name, industry and region. */
export function matchesSearch(client: Pick<Client, 'name' | 'industry' | 'region'>, search: string): boolean {
  const needle = fold(search.trim());
  if (needle === '') return true;
  return [client.name, client.industry, client.region].some((field) => fold(field).includes(needle));
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** The clients of one view matching the search, by name. */
export function visibleClients(docs: Record<string, Client>, view: ClientView, search: string): ClientSummary[] {
  return Object.values(docs)
    .filter((client) => viewOf(client) === view && matchesSearch(client, search))
    .map(summarizeClient)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** How many clients each view holds (ignoring the search). */
export function viewCounts(docs: Record<string, Client>): Record<ClientView, number> {
  const counts: Record<ClientView, number> = { active: 0, archived: 0, trash: 0 };
  for (const client of Object.values(docs)) counts[viewOf(client)] += 1;
  return counts;
}

export const selectDocs = (state: CairnState): Record<string, Client> => state.docs;

export const selectSelectedClient = (state: CairnState): Client | null =>
  state.selectedClientId === null ? null : (state.docs[state.selectedClientId] ?? null);

export const selectHasClients = (state: CairnState): boolean => Object.keys(state.docs).length > 0;
