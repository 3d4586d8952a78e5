import type { Client } from '../domain/client';
import { CLIENT_ENTITY_LISTS, type ClientEntityList } from '../file-format/client-integrity';
import { MERGE_ENTITY_LABELS, sameJson, type MergeDecisions, type MergeEntity, type MergeGroup, type MergeItem, type MergePlan, type MergeState } from '../file-format/import-merge';

/**
 * Merging this computer's copy of a shared client ("mine") with the copy on the server
 * ("theirs"), knowing the copy both had at the last sync ("base"). Per item (a client's
 * details, each entity of each list, the organization):
 * - changed on one side only since the last sync: that change wins (it is the newer one);
 * - changed on both sides, differently: a conflict, the consultant's decision (mine by default);
 * - without a base (the two copies never synced), the newer change time wins and equal
 *   times that differ are a conflict, as in the import merge.
 * Nothing is ever dropped silently: frameworks are a union, and whatever side a decision
 * drops is kept by the caller in a snapshot.
 */
export interface SyncMerge {
  plan: MergePlan;
  /** The items both sides changed differently: the consultant decides. */
  conflicts: MergeItem[];
}

interface Stamped {
  id: string;
  updatedAt?: string;
}

const CLIENT_FIELDS = ['name', 'industry', 'size', 'region', 'notes', 'archivedAt', 'deletedAt'] as const;
const clientFields = (client: Client) => Object.fromEntries(CLIENT_FIELDS.map((field) => [field, client[field]]));
const emptyCounts = (): Record<MergeState, number> => ({ created: 0, updated: 0, unchanged: 0, skipped: 0, conflict: 0 });
const minute = (time: string | null | undefined) => (time ? time.slice(0, 16).replace('T', ' ') : 'an unknown time');

function labelOf(entity: unknown, fallback: string): string {
  if (typeof entity === 'object' && entity !== null) {
    for (const field of ['name', 'title']) {
      const value = (entity as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  }
  return fallback;
}

type Outcome = { take: 'mine' | 'theirs'; state: MergeState; reason: string };

/** What happens to one item, from its three copies (undefined: absent on that side). */
function decide(hasBase: boolean, base: unknown, mine: unknown, theirs: unknown, stamp: (value: unknown) => string | undefined): Outcome {
  if (sameJson(mine, theirs)) return { take: 'mine', state: 'unchanged', reason: 'The same on both sides.' };
  if (hasBase) {
    const mineChanged = !sameJson(base, mine);
    const theirsChanged = !sameJson(base, theirs);
    if (!theirsChanged) return { take: 'mine', state: 'skipped', reason: 'Changed only on this computer since the last sync; yours is kept.' };
    if (!mineChanged) {
      if (theirs === undefined) return { take: 'theirs', state: 'updated', reason: 'Removed on the server since the last sync; removed here too.' };
      return mine === undefined
        ? { take: 'theirs', state: 'created', reason: 'Added on the server since the last sync.' }
        : { take: 'theirs', state: 'updated', reason: 'Changed only on the server since the last sync; that change is taken.' };
    }
    const what = mine === undefined ? 'removed here and changed on the server' : theirs === undefined ? 'changed here and removed on the server' : 'changed on both sides';
    return { take: 'mine', state: 'conflict', reason: `Since the last sync this was ${what}; choose which to keep.` };
  }
  // Never synced together: the newer change wins; an item only on one side is kept.
  if (theirs === undefined) return { take: 'mine', state: 'skipped', reason: 'Only on this computer; kept.' };
  if (mine === undefined) return { take: 'theirs', state: 'created', reason: 'Only on the server; it is added.' };
  const mineTime = Date.parse(stamp(mine) ?? '');
  const theirTime = Date.parse(stamp(theirs) ?? '');
  if (theirTime > mineTime) return { take: 'theirs', state: 'updated', reason: `The server’s copy is newer (${minute(stamp(theirs))}).` };
  if (theirTime < mineTime) return { take: 'mine', state: 'skipped', reason: `This computer’s copy is newer (${minute(stamp(mine))}); yours is kept.` };
  return { take: 'mine', state: 'conflict', reason: 'Both copies differ and neither is newer; choose which to keep.' };
}

const stampOf = (value: unknown) => (typeof value === 'object' && value !== null ? ((value as Stamped).updatedAt ?? undefined) : undefined);

interface Walk {
  key: string;
  entity: MergeEntity;
  id: string;
  label: string;
  outcome: Outcome;
  mine: unknown;
  theirs: unknown;
}

/** Every item of the three copies with its outcome, in a stable order (mine's, then theirs' new ones). */
function walk(base: Client | null, mine: Client, theirs: Client): Walk[] {
  const hasBase = base !== null;
  const walks: Walk[] = [];
  const push = (entity: MergeEntity, id: string, b: unknown, m: unknown, t: unknown) =>
    walks.push({ key: `${entity}:${id}`, entity, id, label: labelOf(m ?? t ?? b, id), outcome: decide(hasBase, b, m, t, stampOf), mine: m, theirs: t });
  push('client', mine.id, base ? clientFields(base) : undefined, { ...clientFields(mine), updatedAt: mine.updatedAt }, { ...clientFields(theirs), updatedAt: theirs.updatedAt });
  // The client's own change time is not an edit: compare its fields only.
  const first = walks[0]!;
  first.outcome = decide(hasBase, base ? clientFields(base) : undefined, clientFields(mine), clientFields(theirs), () => undefined);
  if (!hasBase && first.outcome.state === 'conflict') first.outcome = decide(false, undefined, mine, theirs, stampOf);
  first.label = mine.name;
  for (const list of CLIENT_ENTITY_LISTS) {
    const byId = (client: Client | null) => new Map(((client?.[list] ?? []) as readonly Stamped[]).map((entity) => [entity.id, entity]));
    const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
    const ids = [...new Set([...m.keys(), ...t.keys(), ...b.keys()])];
    for (const id of ids) push(list, id, b.get(id), m.get(id), t.get(id));
  }
  const orgId = mine.organization?.id ?? theirs.organization?.id ?? base?.organization?.id;
  if (orgId) push('organization', orgId, base?.organization ?? undefined, mine.organization ?? undefined, theirs.organization ?? undefined);
  return walks;
}

/** What a sync merge would do, as the import's merge preview shows it. */
export function planSyncMerge(base: Client | null, mine: Client, theirs: Client): SyncMerge {
  const walks = walk(base, mine, theirs);
  const groups = new Map<MergeEntity, MergeGroup>();
  const items: MergeItem[] = [];
  for (const entry of walks) {
    const group = groups.get(entry.entity) ?? { entity: entry.entity, label: MERGE_ENTITY_LABELS[entry.entity], counts: emptyCounts(), kept: 0 };
    groups.set(entry.entity, group);
    group.counts[entry.outcome.state] += 1;
    if (entry.outcome.state === 'unchanged') continue;
    items.push({ key: entry.key, entity: entry.entity, id: entry.id, label: entry.label, state: entry.outcome.state, reason: entry.outcome.reason, mineUpdatedAt: stampOf(entry.mine) ?? null, theirsUpdatedAt: stampOf(entry.theirs) ?? null });
  }
  return { plan: { groups: [...groups.values()], items }, conflicts: items.filter((item) => item.state === 'conflict') };
}

/**
 * The merged client: every one-sided change applied, conflicts as decided (mine unless
 * `theirs` is chosen). `now` becomes its change time when it differs from mine.
 */
export function applySyncMerge(base: Client | null, mine: Client, theirs: Client, decisions: MergeDecisions, now: string): Client {
  const walks = walk(base, mine, theirs);
  const pick = (entry: Walk): unknown => {
    const chosen = entry.outcome.state === 'conflict' || entry.outcome.state === 'skipped' ? (decisions[entry.key] ?? entry.outcome.take) : entry.outcome.take;
    return chosen === 'theirs' ? entry.theirs : entry.mine;
  };
  const merged: Client = { ...mine };
  const clientEntry = walks[0]!;
  if (pick(clientEntry) === clientEntry.theirs) Object.assign(merged, clientFields(theirs));
  for (const list of CLIENT_ENTITY_LISTS) {
    const kept = walks.filter((entry) => entry.entity === list).map(pick).filter((entity) => entity !== undefined);
    (merged as Record<ClientEntityList, unknown>)[list] = kept;
  }
  const org = walks.find((entry) => entry.entity === 'organization');
  if (org) merged.organization = (pick(org) as Client['organization'] | undefined) ?? null;
  const frameworkKey = (framework: Client['frameworks'][number]) => `${framework.id}@${framework.version}`;
  const known = new Set(mine.frameworks.map(frameworkKey));
  merged.frameworks = [...mine.frameworks, ...theirs.frameworks.filter((framework) => !known.has(frameworkKey(framework)))];
  // Taking the server's copy whole keeps its change time, so both sides end up byte-identical.
  if (sameJson({ ...merged, updatedAt: theirs.updatedAt }, theirs)) return theirs;
  if (!sameJson(merged, mine)) merged.updatedAt = now;
  return merged;
}
