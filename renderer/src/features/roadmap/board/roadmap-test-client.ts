import type { Client } from '../../../../../shared/domain/client';
import { makeInitiative } from '../../../../../shared/roadmap/initiative-factory';
import type { Initiative } from '../../../../../shared/roadmap/initiative-schema';
import { aClient, aStakeholder } from '../../../test/factories';

/** A client with a small roadmap for component tests: two cards in phase 1 internal, one in phase 2 external. */
export function aRoadmapClient(overrides: Partial<Client> = {}, initiatives?: Initiative[]): Client {
  return aClient({
    id: 'nord',
    stakeholders: [aStakeholder({ id: 'p1', name: 'Małgorzata Wiśniewska', title: 'Community Manager' }), aStakeholder({ id: 'p2', name: 'Zoë Lefèvre', title: 'Head of Digital' })],
    initiatives: initiatives ?? [
      makeInitiative({ id: 'i1', title: 'Form a steering committee', order: 0, ownerStakeholderId: 'p2' }),
      makeInitiative({ id: 'i2', title: 'Set a moderation policy', order: 1, ownerRole: 'Community Manager' }),
      makeInitiative({ id: 'i3', title: 'Customer care pilot', phase: 'shape', track: 'external', dependsOn: ['i1'], pilot: { isPilot: true, reviewDate: '2027-03-31' } }),
    ],
    ...overrides,
  });
}
