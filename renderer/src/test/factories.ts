import type { Client, Stakeholder } from '../../../shared/domain/client';
import { noMaturityRecords } from '../../../shared/domain/client';
import { DEFAULT_PROFILE } from '../../../shared/domain/preferences';
import type { WorkspaceState } from '../../../shared/ipc/contract';
import type { CairnStore } from '../store/cairn-store';

const at = '2026-01-05T09:00:00.000Z';

export function aClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 'client-1',
    createdAt: at,
    updatedAt: at,
    name: 'Nordlicht Outdoor',
    industry: 'Outdoor retail',
    size: '250–999',
    region: 'Northern Germany',
    notes: '',
    functions: [],
    stakeholders: [],
    engagements: [],
    ...noMaturityRecords(),
    archivedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

export function aStakeholder(overrides: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id: 'person-1',
    createdAt: at,
    updatedAt: at,
    name: 'Jana Berg',
    title: 'Head of Marketing',
    departmentId: null,
    group: 'employees',
    influence: 4,
    interest: 5,
    isSponsor: false,
    isChampion: false,
    isCommunityLeader: false,
    contactNotes: '',
    ...overrides,
  };
}

/** Ids in creation order: id-1, id-2, … */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-01T10:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

/**
 * Load a workspace whose clients are all open (their documents in memory, as after the
 * consultant opened each one); history starts empty.
 */
export function hydrateWithOpenClients(store: CairnStore, clients: Client[], rest: Partial<WorkspaceState> = {}): void {
  store.hydrate({
    summaries: [],
    problems: [],
    preferences: { profile: DEFAULT_PROFILE, logoDataUrl: null, firstRunDone: true, recentClientIds: [] },
    dataDir: '/data',
    snapshotPolicy: '',
    ...rest,
  });
  for (const client of clients) store.injectExternalDoc(client);
}
