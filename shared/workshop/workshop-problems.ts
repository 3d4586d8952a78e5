import type { WorkshopShape } from './workshop-schema';

export interface WorkshopProblem {
  path: (string | number)[];
  message: string;
}

type Problems = WorkshopProblem[];

/** Ids of one collection; reports each repeat at its path. */
function uniqueIds(items: readonly { id: string }[], key: string, problems: Problems): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: [key, index, 'id'], message: `repeats the id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

/**
 * Cross-field rules of a workshop, one problem per broken rule with the path it concerns.
 * Built on maps so that a board of thousands of notes still checks in a few milliseconds.
 */
export function workshopProblems(workshop: WorkshopShape): WorkshopProblem[] {
  const problems: Problems = [];
  const participants = uniqueIds(workshop.participants, 'participants', problems);
  const stakeholders = new Set<string>();
  workshop.participants.forEach((participant, index) => {
    if (participant.stakeholderId === null) return;
    if (stakeholders.has(participant.stakeholderId)) {
      problems.push({ path: ['participants', index, 'stakeholderId'], message: 'lists the same stakeholder a second time' });
    }
    stakeholders.add(participant.stakeholderId);
  });

  uniqueIds(workshop.agenda, 'agenda', problems);
  const items = new Map(workshop.agenda.map((item) => [item.id, item]));
  workshop.agenda.forEach((item, index) => {
    if (item.timer.running !== (item.timer.startedAt !== null)) {
      problems.push({ path: ['agenda', index, 'timer'], message: 'should have a start time exactly when it is running' });
    }
    if (item.method === 'dot-vote') {
      item.linkedTo.forEach((linked, linkIndex) => {
        const target = items.get(linked);
        if (!target || target.id === item.id) {
          problems.push({ path: ['agenda', index, 'linkedTo', linkIndex], message: `names no other agenda item ("${linked}")` });
        }
      });
    }
  });

  uniqueIds(workshop.clusters, 'clusters', problems);
  const clusters = new Map(workshop.clusters.map((cluster) => [cluster.id, cluster]));
  workshop.clusters.forEach((cluster, index) => {
    if (!items.has(cluster.agendaItemId)) problems.push({ path: ['clusters', index, 'agendaItemId'], message: 'names no agenda item' });
  });

  uniqueIds(workshop.notes, 'notes', problems);
  const notes = new Map(workshop.notes.map((note) => [note.id, note]));
  workshop.notes.forEach((note, index) => {
    if (!items.has(note.agendaItemId)) problems.push({ path: ['notes', index, 'agendaItemId'], message: 'names no agenda item' });
    if (note.authorParticipantId !== null && !participants.has(note.authorParticipantId)) {
      problems.push({ path: ['notes', index, 'authorParticipantId'], message: 'names no participant' });
    }
    if (note.clusterId !== null) {
      const cluster = clusters.get(note.clusterId);
      if (!cluster) problems.push({ path: ['notes', index, 'clusterId'], message: 'names no cluster' });
      else if (cluster.agendaItemId !== note.agendaItemId) {
        problems.push({ path: ['notes', index, 'clusterId'], message: 'names a cluster of another agenda item' });
      }
    }
  });

  uniqueIds(workshop.dotVotes, 'dotVotes', problems);
  const dotPairs = new Set<string>();
  const dotsSpent = new Map<string, number>();
  workshop.dotVotes.forEach((vote, index) => {
    const item = items.get(vote.agendaItemId);
    if (!item || item.method !== 'dot-vote') {
      problems.push({ path: ['dotVotes', index, 'agendaItemId'], message: 'names no dot-vote agenda item' });
      return;
    }
    if (!participants.has(vote.participantId)) problems.push({ path: ['dotVotes', index, 'participantId'], message: 'names no participant' });
    const targetItem = notes.get(vote.targetId)?.agendaItemId ?? clusters.get(vote.targetId)?.agendaItemId;
    if (targetItem === undefined) problems.push({ path: ['dotVotes', index, 'targetId'], message: 'names no note or cluster' });
    else if (!dotTargetItemIds(item).includes(targetItem)) {
      problems.push({ path: ['dotVotes', index, 'targetId'], message: 'names a note or cluster this vote is not about' });
    }
    const pair = `${vote.agendaItemId}\u0000${vote.participantId}\u0000${vote.targetId}`;
    if (dotPairs.has(pair)) problems.push({ path: ['dotVotes', index], message: 'is a second record of the same participant’s dots on the same target' });
    dotPairs.add(pair);
    const spentKey = `${vote.agendaItemId}\u0000${vote.participantId}`;
    const spent = (dotsSpent.get(spentKey) ?? 0) + vote.dots;
    dotsSpent.set(spentKey, spent);
    if (spent > item.dotBudget) problems.push({ path: ['dotVotes', index, 'dots'], message: `takes the participant over the budget of ${item.dotBudget} dots` });
  });

  uniqueIds(workshop.maturityVotes, 'maturityVotes', problems);
  const maturityPairs = new Set<string>();
  workshop.maturityVotes.forEach((vote, index) => {
    const item = items.get(vote.agendaItemId);
    if (!item || item.method !== 'maturity-vote') {
      problems.push({ path: ['maturityVotes', index, 'agendaItemId'], message: 'names no maturity-vote agenda item' });
      return;
    }
    if (!participants.has(vote.participantId)) problems.push({ path: ['maturityVotes', index, 'participantId'], message: 'names no participant' });
    if (!item.linkedTo.includes(vote.competencyId)) {
      problems.push({ path: ['maturityVotes', index, 'competencyId'], message: 'is not one of the competencies this vote covers' });
    }
    const pair = `${vote.agendaItemId}\u0000${vote.participantId}\u0000${vote.competencyId}`;
    if (maturityPairs.has(pair)) problems.push({ path: ['maturityVotes', index], message: 'is a second rating by the same participant for the same competency' });
    maturityPairs.add(pair);
  });

  uniqueIds(workshop.decisions, 'decisions', problems);
  workshop.decisions.forEach((decision, index) => {
    if (decision.agendaItemId !== null && !items.has(decision.agendaItemId)) {
      problems.push({ path: ['decisions', index, 'agendaItemId'], message: 'names no agenda item' });
    }
  });

  uniqueIds(workshop.actions, 'actions', problems);
  workshop.actions.forEach((action, index) => {
    if (action.sourceNoteId !== null && !notes.has(action.sourceNoteId)) {
      problems.push({ path: ['actions', index, 'sourceNoteId'], message: 'names no note' });
    }
  });
  return problems;
}

/**
 * The agenda items whose notes and clusters a dot vote is about: the items it links to, or
 * its own notes when it links to none (a quick vote on ideas typed during the vote itself).
 */
export function dotTargetItemIds(item: { id: string; linkedTo: readonly string[] }): readonly string[] {
  return item.linkedTo.length > 0 ? item.linkedTo : [item.id];
}
