import { describe, expect, it } from 'vitest';
import { buildDemoClient } from '../demo/demo-client';
import { clientPlace, outOfTheTrash, placeNote } from './import-landing';

let n = 0;
const client = buildDemoClient({ newId: () => `l-${(n += 1)}`, now: new Date('2026-03-01T00:00:00.000Z') });

describe('where an imported client lands', () => {
  it('tells the list, the archive and the trash apart (the trash wins)', () => {
    expect(clientPlace(client)).toBe('active');
    expect(clientPlace({ ...client, archivedAt: '2026-03-02T00:00:00.000Z' })).toBe('archived');
    expect(clientPlace({ ...client, archivedAt: '2026-03-02T00:00:00.000Z', deletedAt: '2026-03-03T00:00:00.000Z' })).toBe('trash');
  });

  it('says where an invisible client is, and nothing for a visible one', () => {
    expect(placeNote('Acme', 'active')).toBeNull();
    expect(placeNote('Acme', 'archived')).toMatch(/^Acme is archived/);
    expect(placeNote('Acme', 'trash')).toMatch(/^Acme is in the trash/);
  });

  it('takes a new client out of the trash, leaving the rest alone', () => {
    const deleted = { ...client, deletedAt: '2026-03-03T00:00:00.000Z' };
    expect(outOfTheTrash(deleted)).toEqual(client);
    expect(outOfTheTrash(client)).toBe(client);
  });
});
