import type { Client, Stakeholder } from '../../../shared/domain/client';
import { noMaturityRecords } from '../../../shared/domain/client';

export const CRASH_CLIENT_ID = 'crash-kill-client';
const EPOCH = Date.UTC(2026, 0, 1);

/**
 * The client as the crash child saves it at sequence number `seq`: every byte follows
 * from `seq` (about 20 KB), so the parent can tell exactly which save a document holds.
 */
export function crashClient(seq: number): Client {
  const at = new Date(EPOCH + seq * 1000).toISOString();
  const stakeholders: Stakeholder[] = Array.from({ length: 30 }, (_, index) => ({
    id: `s-${index}`,
    createdAt: new Date(EPOCH).toISOString(),
    updatedAt: at,
    name: `Stakeholder ${index} of save ${seq}`,
    title: 'Regional manager',
    departmentId: null,
    group: 'employees',
    influence: ((seq + index) % 5) + 1,
    interest: ((seq * 7 + index) % 5) + 1,
    isSponsor: index === 0,
    isChampion: index % 10 === 1,
    isCommunityLeader: false,
    contactNotes: `Save ${seq}, stakeholder ${index}. `.repeat(16),
  }));
  return {
    id: CRASH_CLIENT_ID,
    createdAt: new Date(EPOCH).toISOString(),
    updatedAt: at,
    name: `Crash test client, save ${seq}`,
    industry: 'Testing',
    size: '50–249',
    region: 'Everywhere',
    notes: `This document was written by save number ${seq}.`,
    functions: [],
    stakeholders,
    engagements: [],
    ...noMaturityRecords(),
    archivedAt: null,
    deletedAt: null,
  };
}
