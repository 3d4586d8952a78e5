import { describe, expect, it } from 'vitest';
import { castDot } from './dot-voting';
import { DISSOLVE_RULE, clustersOf, dissolveCluster, groupNotes, mergeClusters, moveCluster, renameCluster } from './note-clusters';
import { applied, minuteAfter, sampleWorkshop } from './sample-workshop';
import { notesInGroup } from './workshop-edit';
import { addNote } from './workshop-notes';
import { WorkshopSchema, type Workshop } from './workshop-schema';

function board(): Workshop {
  let workshop: Workshop = { ...sampleWorkshop(), agenda: sampleWorkshop().agenda.map((item) => ({ ...item, privateNotes: false })) };
  ['a', 'b', 'c', 'd'].forEach((id, index) => {
    workshop = applied(addNote(workshop, { id, agendaItemId: 'i-brain', text: `Note ${id}`, now: minuteAfter(index) }));
  });
  return applied(groupNotes(workshop, { clusterId: 'c1', label: 'People', noteIds: ['c', 'd'], now: minuteAfter(5) }));
}

const ids = (workshop: Workshop, clusterId: string | null) => notesInGroup(workshop, 'i-brain', clusterId).map((note) => note.id);

describe('groupNotes', () => {
  it('makes a labelled cluster after the others, with the notes in the order chosen', () => {
    const workshop = applied(groupNotes(board(), { clusterId: 'c2', label: ' Tools ', noteIds: ['b', 'a'], now: minuteAfter(6) }));
    expect(clustersOf(workshop, 'i-brain').map((cluster) => [cluster.id, cluster.label, cluster.order])).toEqual([
      ['c1', 'People', 0],
      ['c2', 'Tools', 1],
    ]);
    expect(ids(workshop, 'c2')).toEqual(['b', 'a']);
    expect(ids(workshop, null)).toEqual([]);
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('can take notes out of another cluster', () => {
    const workshop = applied(groupNotes(board(), { clusterId: 'c2', label: 'Split', noteIds: ['d'], now: minuteAfter(6) }));
    expect([ids(workshop, 'c1'), ids(workshop, 'c2')]).toEqual([['c'], ['d']]);
  });

  it.each<[string, { clusterId: string; label: string; noteIds: string[] }, string]>([
    ['a blank label', { clusterId: 'c2', label: ' ', noteIds: ['a'] }, 'A cluster needs a label.'],
    ['a reused id', { clusterId: 'c1', label: 'x', noteIds: ['a'] }, 'A cluster with the id "c1" already exists.'],
    ['no notes', { clusterId: 'c2', label: 'x', noteIds: [] }, 'Choose at least one note to group.'],
    ['a missing note', { clusterId: 'c2', label: 'x', noteIds: ['zz'] }, 'One of those notes no longer exists.'],
  ])('refuses %s', (_label, input, message) => {
    expect(groupNotes(board(), { ...input, now: minuteAfter(6) })).toEqual({ ok: false, message });
  });
});

describe('renameCluster and moveCluster', () => {
  it('renames, refusing a blank label', () => {
    expect(applied(renameCluster(board(), { clusterId: 'c1', label: 'Leaders', now: minuteAfter(7) })).clusters[0]!.label).toBe('Leaders');
    expect(renameCluster(board(), { clusterId: 'c1', label: '', now: minuteAfter(7) }).ok).toBe(false);
    expect(renameCluster(board(), { clusterId: 'zz', label: 'x', now: minuteAfter(7) }).ok).toBe(false);
  });

  it('reorders clusters of one item', () => {
    let workshop = applied(groupNotes(board(), { clusterId: 'c2', label: 'Tools', noteIds: ['a'], now: minuteAfter(6) }));
    workshop = applied(groupNotes(workshop, { clusterId: 'c3', label: 'Money', noteIds: ['b'], now: minuteAfter(6) }));
    workshop = applied(moveCluster(workshop, { clusterId: 'c3', index: 0, now: minuteAfter(7) }));
    expect(clustersOf(workshop, 'i-brain').map((cluster) => cluster.id)).toEqual(['c3', 'c1', 'c2']);
  });
});

describe('dissolveCluster', () => {
  it('returns its notes after the unclustered ones and its own dots to the voters', () => {
    let workshop = applied(castDot(board(), { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'c1', id: 'v1', now: minuteAfter(8) }));
    workshop = applied(castDot(workshop, { agendaItemId: 'i-dots', participantId: 'p-ana', targetId: 'c', id: 'v2', now: minuteAfter(8) }));
    const after = applied(dissolveCluster(workshop, { clusterId: 'c1', now: minuteAfter(9) }));
    expect(after.clusters).toEqual([]);
    expect(ids(after, null)).toEqual(['a', 'b', 'c', 'd']);
    expect(after.dotVotes.map((vote) => vote.targetId)).toEqual(['c']);
    expect(WorkshopSchema.safeParse(after).success).toBe(true);
  });

  it('refuses an unknown cluster and states its rule', () => {
    expect(dissolveCluster(board(), { clusterId: 'zz', now: minuteAfter(9) }).ok).toBe(false);
    expect(DISSOLVE_RULE).toMatch(/go back to the voters/);
  });
});

describe('mergeClusters', () => {
  it('moves the notes to the end of the kept cluster and drops the emptied one', () => {
    const two = applied(groupNotes(board(), { clusterId: 'c2', label: 'Tools', noteIds: ['b', 'a'], now: minuteAfter(6) }));
    const workshop = applied(mergeClusters(two, { fromId: 'c2', intoId: 'c1', now: minuteAfter(7) }));
    expect(clustersOf(workshop, 'i-brain').map((cluster) => cluster.id)).toEqual(['c1']);
    expect(ids(workshop, 'c1')).toEqual(['c', 'd', 'b', 'a']);
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
  });

  it('refuses a cluster merged into itself or one that is gone', () => {
    expect(mergeClusters(board(), { fromId: 'c1', intoId: 'c1', now: minuteAfter(7) })).toEqual({ ok: false, message: 'Choose another cluster to merge into.' });
    expect(mergeClusters(board(), { fromId: 'zz', intoId: 'c1', now: minuteAfter(7) })).toEqual({ ok: false, message: 'That cluster no longer exists.' });
  });
});
