import { dateOfDay } from './calendar';
import { initiativeSpan, type Initiative } from './initiative-schema';

type DependencyNode = Pick<Initiative, 'id' | 'title' | 'dependsOn'>;

/** `from` depends on `to`: `to` has to finish before `from` can start. */
export interface DependencyEdge {
  from: string;
  to: string;
}

/** Adjacency over known initiatives only: a dangling id (a deleted initiative) is no edge. */
function dependencyGraph(initiatives: readonly DependencyNode[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const initiative of initiatives) graph.set(initiative.id, []);
  for (const initiative of initiatives) graph.set(initiative.id, initiative.dependsOn.filter((id) => graph.has(id)));
  return graph;
}

/** Shortest chain of dependencies from `start` to `goal` (both included), or null. */
function dependencyPath(graph: Map<string, string[]>, start: string, goal: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head]!;
    if (current === goal) {
      const path: string[] = [];
      for (let step: string | null = current; step !== null; step = cameFrom.get(step) ?? null) path.push(step);
      return path.reverse();
    }
    for (const next of graph.get(current) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

/** The loop the candidate edge would close, starting at `from`; null when it closes none. */
function cycleThrough(graph: Map<string, string[]>, edge: DependencyEdge): string[] | null {
  if (edge.from === edge.to) return [edge.from];
  if (!graph.has(edge.from) || !graph.has(edge.to)) return null;
  // A path to → … → from plus the new edge from → to is a loop; drop the repeated `from`.
  const path = dependencyPath(graph, edge.to, edge.from);
  return path ? [edge.from, ...path.slice(0, -1)] : null;
}

/** Any loop in the graph, found by an iterative depth-first search (no recursion limit). */
function anyCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const neighbours = graph.get(frame.id)!;
      if (frame.next >= neighbours.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const next = neighbours[frame.next]!;
      frame.next += 1;
      if (state.get(next) === 'open') return stack.slice(stack.findIndex((item) => item.id === next)).map((item) => item.id);
      if (!state.has(next)) {
        state.set(next, 'open');
        stack.push({ id: next, next: 0 });
      }
    }
  }
  return null;
}

/**
 * A dependency loop, as initiative ids in order (each depends on the next, the last on the
 * first), or null. With a candidate edge, a loop through that edge is preferred, so the
 * message names what the consultant just tried; otherwise any loop already in the data.
 */
export function findCycle(initiatives: readonly DependencyNode[], candidateEdge?: DependencyEdge): string[] | null {
  const graph = dependencyGraph(initiatives);
  if (candidateEdge) {
    const through = cycleThrough(graph, candidateEdge);
    if (through) return through;
  }
  return anyCycle(graph);
}

export type DependencyCheck = { ok: true } | { ok: false; message: string; cycle: string[] };

const quoted = (title: string) => `“${title}”`;

/**
 * Whether `from` may depend on `to`. Refused when the new edge would close a loop, with a
 * message naming every initiative in it by title, in dependency order. Only loops through
 * the new edge count: an older loop elsewhere is reported by findCycle, not here.
 */
export function canAddDependency(initiatives: readonly DependencyNode[], from: string, to: string): DependencyCheck {
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
  const source = byId.get(from);
  const target = byId.get(to);
  if (!source || !target) return { ok: false, message: 'One of these initiatives is no longer on the roadmap.', cycle: [] };
  if (from === to) return { ok: false, message: `${quoted(source.title)} cannot depend on itself.`, cycle: [from] };
  const cycle = cycleThrough(dependencyGraph(initiatives), { from, to });
  if (!cycle) return { ok: true };
  const chain = [...cycle, cycle[0]!].map((id) => quoted(byId.get(id)!.title)).join(' → ');
  return {
    ok: false,
    message: `${quoted(source.title)} cannot depend on ${quoted(target.title)}: that would make a loop in which nothing can start first (${chain}; each arrow reads “depends on”).`,
    cycle,
  };
}

export const SCHEDULING_RULE =
  'A quarter runs from its first to its last day; a date is one day. An initiative starts on the first day of its start (or of its end, when only the end is set) and ends on the last day of its end (or of its start). It is flagged when it starts on or before the day something it depends on ends; an initiative without start and end, or a dependency without either, is never flagged.';

export interface SchedulingConflict {
  initiativeId: string;
  dependencyId: string;
  /** ISO dates compared, for the message and for sorting. */
  startsOn: string;
  dependencyEndsOn: string;
  message: string;
}

/** Initiatives scheduled to start before something they depend on has ended, by SCHEDULING_RULE. */
export function schedulingConflicts(initiatives: readonly Initiative[]): SchedulingConflict[] {
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
  const spans = new Map(initiatives.map((initiative) => [initiative.id, initiativeSpan(initiative)]));
  const conflicts: SchedulingConflict[] = [];
  for (const initiative of initiatives) {
    const span = spans.get(initiative.id);
    if (!span) continue;
    for (const dependencyId of initiative.dependsOn) {
      const dependency = byId.get(dependencyId);
      const dependencySpan = spans.get(dependencyId);
      if (!dependency || !dependencySpan || span.firstDay > dependencySpan.lastDay) continue;
      const startsOn = dateOfDay(span.firstDay);
      const dependencyEndsOn = dateOfDay(dependencySpan.lastDay);
      conflicts.push({
        initiativeId: initiative.id,
        dependencyId,
        startsOn,
        dependencyEndsOn,
        message: `${quoted(initiative.title)} starts on ${startsOn}, but it depends on ${quoted(dependency.title)}, which ends on ${dependencyEndsOn}.`,
      });
    }
  }
  return conflicts;
}
