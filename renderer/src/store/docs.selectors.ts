import { summarizeClient, type Client, type ClientSummary } from '../../../shared/domain/client';
import type { CairnState } from './cairn-state';
import type { ClientView } from './ui.slice';

/**
 * Every client of the workspace as the list shows it: the summary of each open client's
 * document (so an edit shows at once) and main's summary of each other one.
 */
export function listedClients(docs: Record<string, Client>, summaries: Record<string, ClientSummary>): ClientSummary[] {
  return [...Object.values(summaries), ...Object.values(docs).map(summarizeClient)];
}

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

/** The clients of one view matching the search, by name (from `listedClients`, or a map of documents). */
export function visibleClients(clients: readonly ClientSummary[] | Record<string, Client>, view: ClientView, search: string): ClientSummary[] {
  return asSummaries(clients)
    .filter((client) => viewOf(client) === view && matchesSearch(client, search))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** How many clients each view holds (ignoring the search). */
export function viewCounts(clients: readonly ClientSummary[] | Record<string, Client>): Record<ClientView, number> {
  const counts: Record<ClientView, number> = { active: 0, archived: 0, trash: 0 };
  for (const client of asSummaries(clients)) counts[viewOf(client)] += 1;
  return counts;
}

const asSummaries = (clients: readonly ClientSummary[] | Record<string, Client>): readonly ClientSummary[] =>
  Array.isArray(clients) ? clients : Object.values(clients as Record<string, Client>).map(summarizeClient);

export const selectDocs = (state: CairnState): Record<string, Client> => state.docs;

export const selectSelectedClient = (state: CairnState): Client | null =>
  state.selectedClientId === null ? null : (state.docs[state.selectedClientId] ?? null);

export const selectHasClients = (state: CairnState): boolean => Object.keys(state.docs).length > 0 || Object.keys(state.summaries).length > 0;

/** The name of a client whether or not its document is in memory (null: not in the workspace). */
export const selectClientName =
  (clientId: string | null) =>
  (state: CairnState): string | null =>
    clientId === null ? null : (state.docs[clientId]?.name ?? state.summaries[clientId]?.name ?? null);
