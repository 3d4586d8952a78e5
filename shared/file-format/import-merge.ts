import type { Client } from '../domain/client';
import type { Framework } from '../frameworks/framework-schema';
import { CLIENT_ENTITY_LISTS, type ClientEntityList } from './client-integrity';
import { clampFutureTimestamps } from './future-timestamps';

/**
 * Merging an incoming client (from a `.cairn` file or a workbook) into one of the
 * workspace: pure, so the preview the consultant reads and the import that follows are
 * computed by the same code from the same inputs.
 *
 * Entities are matched by id. Per entity: `created` (only in the file), `updated` (the
 * file's copy was changed later), `unchanged` (identical), `skipped` (this workspace's
 * copy was changed later; kept, with the reason) or `conflict` (both copies carry the same
 * change time but differ, so neither can be called newer). Skipped and conflicting
 * entities are listed for the consultant, who may take the file's copy instead.
 * Entities only in the workspace are kept as they are.
 */
export type MergeEntity = 'client' | 'organization' | ClientEntityList | 'frameworks';
export type MergeState = 'created' | 'updated' | 'unchanged' | 'skipped' | 'conflict';
export type MergeChoice = 'mine' | 'theirs';

export interface MergeItem {
  /** Stable within one preview: `<entity>:<id>`; decisions are keyed by it. */
  key: string;
  entity: MergeEntity;
  id: string;
  label: string;
  state: MergeState;
  /** One sentence: why this state. */
  reason: string;
  mineUpdatedAt: string | null;
  theirsUpdatedAt: string | null;
}

export interface MergeGroup {
  entity: MergeEntity;
  label: string;
  counts: Record<MergeState, number>;
  /** Entities only in the workspace, kept as they are. */
  kept: number;
}

export interface MergePlan {
  groups: MergeGroup[];
  /** Every item that is not `unchanged`, in group order. */
  items: MergeItem[];
}

export type MergeDecisions = Readonly<Record<string, MergeChoice>>;

export const MERGE_ENTITY_LABELS: Record<MergeEntity, string> = {
  client: 'Client details',
  organization: 'Organization',
  functions: 'Departments',
  stakeholders: 'Stakeholders',
  engagements: 'Engagements',
  assessments: 'Maturity assessments',
  tenStagePlacements: 'Ten-stage placements',
  audits: 'Social business audits',
  stageOneDiagnoses: 'Stage-one diagnoses',
  initiatives: 'Initiatives',
  kpis: 'KPIs',
  workshops: 'Workshops',
  frameworks: 'Frameworks',
};

interface Stamped {
  id: string;
  updatedAt: string;
}

const CLIENT_FIELDS = ['name', 'industry', 'size', 'region', 'notes', 'archivedAt', 'deletedAt'] as const;

/** Structural equality of JSON values (what a file round trip preserves). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function labelOf(entity: unknown, fallback: string): string {
  if (typeof entity === 'object' && entity !== null) {
    const record = entity as Record<string, unknown>;
    for (const field of ['name', 'title']) {
      const value = record[field];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  }
  return fallback;
}

const day = (timestamp: string) => timestamp.slice(0, 16).replace('T', ' ');

function compare(entity: MergeEntity, id: string, label: string, mine: Stamped | null, theirs: Stamped, same: boolean): MergeItem {
  const base = { key: `${entity}:${id}`, entity, id, label, mineUpdatedAt: mine?.updatedAt ?? null, theirsUpdatedAt: theirs.updatedAt };
  if (!mine) return { ...base, state: 'created', reason: 'Only in the file; it will be added.' };
  if (same) return { ...base, state: 'unchanged', reason: 'The same in both.' };
  const mineTime = Date.parse(mine.updatedAt);
  const theirTime = Date.parse(theirs.updatedAt);
  if (theirTime > mineTime) return { ...base, state: 'updated', reason: `The file's copy is newer (${day(theirs.updatedAt)} against ${day(mine.updatedAt)}).` };
  if (theirTime < mineTime) {
    return { ...base, state: 'skipped', reason: `This workspace's copy was changed later (${day(mine.updatedAt)}) than the file's (${day(theirs.updatedAt)}); yours is kept.` };
  }
  return { ...base, state: 'conflict', reason: `Both copies were last changed at ${day(mine.updatedAt)} but differ; choose which to keep.` };
}

const emptyCounts = (): Record<MergeState, number> => ({ created: 0, updated: 0, unchanged: 0, skipped: 0, conflict: 0 });

interface Planned {
  group: MergeGroup;
  items: MergeItem[];
}

function planList(list: ClientEntityList, mine: readonly Stamped[], theirs: readonly Stamped[]): Planned {
  const mineById = new Map(mine.map((entity) => [entity.id, entity]));
  const theirIds = new Set(theirs.map((entity) => entity.id));
  const group: MergeGroup = { entity: list, label: MERGE_ENTITY_LABELS[list], counts: emptyCounts(), kept: mine.filter((entity) => !theirIds.has(entity.id)).length };
  const items: MergeItem[] = [];
  for (const entity of theirs) {
    const existing = mineById.get(entity.id) ?? null;
    // Name an entity as the consultant knows it: by this workspace's copy when there is one.
    const item = compare(list, entity.id, labelOf(existing ?? entity, entity.id), existing, entity, existing !== null && sameJson(existing, entity));
    group.counts[item.state] += 1;
    if (item.state !== 'unchanged') items.push(item);
  }
  return { group, items };
}

function clientFields(client: Client) {
  return Object.fromEntries(CLIENT_FIELDS.map((field) => [field, client[field]]));
}

function frameworkKey(framework: Pick<Framework, 'id' | 'version'>): string {
  return `${framework.id}@${framework.version}`;
}

function planFrameworks(mine: readonly Framework[], theirs: readonly Framework[]): Planned {
  const mineByKey = new Map(mine.map((framework) => [frameworkKey(framework), framework]));
  const theirKeys = new Set(theirs.map(frameworkKey));
  const group: MergeGroup = { entity: 'frameworks', label: MERGE_ENTITY_LABELS.frameworks, counts: emptyCounts(), kept: mine.filter((framework) => !theirKeys.has(frameworkKey(framework))).length };
  const items: MergeItem[] = [];
  for (const framework of theirs) {
    const key = frameworkKey(framework);
    const existing = mineByKey.get(key);
    const base = { key: `frameworks:${key}`, entity: 'frameworks' as const, id: key, label: `${framework.name} ${framework.version}`, mineUpdatedAt: null, theirsUpdatedAt: null };
    let item: MergeItem;
    if (!existing) item = { ...base, state: 'created', reason: 'Only in the file; it will be added.' };
    else if (sameJson(existing, framework)) item = { ...base, state: 'unchanged', reason: 'The same in both.' };
    // A framework version is immutable once assessments use it; a different copy under the same version is never taken.
    else item = { ...base, state: 'skipped', reason: 'This workspace already has a different copy of this framework version; yours is kept.' };
    group.counts[item.state] += 1;
    if (item.state !== 'unchanged') items.push(item);
  }
  return { group, items };
}

export interface MergeOptions {
  /**
   * This computer's clock. When given, change times more than a day ahead of it count as
   * `now` on both sides (see `clampFutureTimestamps`), and the items affected say so.
   */
  now?: string;
}

/** What merging `theirs` into `mine` would do, entity by entity. */
export function planMerge(mine: Client, theirs: Client, options: MergeOptions = {}): MergePlan {
  if (options.now === undefined) return planMergeAsStamped(mine, theirs);
  const ours = clampFutureTimestamps(mine, options.now);
  const file = clampFutureTimestamps(theirs, options.now);
  const plan = planMergeAsStamped(ours.client, file.client);
  if (ours.clamped.size === 0 && file.clamped.size === 0) return plan;
  const note = (item: MergeItem): MergeItem => {
    const sides = [file.clamped.has(item.key) ? 'the file’s copy' : null, ours.clamped.has(item.key) ? 'this workspace’s copy' : null].filter(Boolean).join(' and ');
    return sides ? { ...item, reason: `${item.reason} (The change time of ${sides} was more than a day ahead of this computer’s clock; it counts as now.)` } : item;
  };
  return { groups: plan.groups, items: plan.items.map(note) };
}

function planMergeAsStamped(mine: Client, theirs: Client): MergePlan {
  const planned: Planned[] = [];
  const clientItem = compare('client', mine.id, theirs.name, mine, theirs, sameJson(clientFields(mine), clientFields(theirs)));
  planned.push({
    group: { entity: 'client', label: MERGE_ENTITY_LABELS.client, counts: { ...emptyCounts(), [clientItem.state]: 1 }, kept: 0 },
    items: clientItem.state === 'unchanged' ? [] : [clientItem],
  });
  for (const list of CLIENT_ENTITY_LISTS) planned.push(planList(list, mine[list] as readonly Stamped[], theirs[list] as readonly Stamped[]));
  if (theirs.organization) {
    const org = compare('organization', theirs.organization.id, MERGE_ENTITY_LABELS.organization, mine.organization, theirs.organization, sameJson(mine.organization, theirs.organization));
    planned.push({ group: { entity: 'organization', label: MERGE_ENTITY_LABELS.organization, counts: { ...emptyCounts(), [org.state]: 1 }, kept: 0 }, items: org.state === 'unchanged' ? [] : [org] });
  } else {
    planned.push({ group: { entity: 'organization', label: MERGE_ENTITY_LABELS.organization, counts: emptyCounts(), kept: mine.organization ? 1 : 0 }, items: [] });
  }
  planned.push(planFrameworks(mine.frameworks, theirs.frameworks));
  return { groups: planned.map((entry) => entry.group), items: planned.flatMap((entry) => entry.items) };
}

/** Whether the file's copy of an item is taken: newer ones always, skipped and conflicting ones when chosen. */
function takesTheirs(item: MergeItem | undefined, decisions: MergeDecisions): boolean {
  if (!item) return false;
  if (item.state === 'created' || item.state === 'updated') return true;
  if (item.entity === 'frameworks') return false;
  if (item.state === 'skipped' || item.state === 'conflict') return decisions[item.key] === 'theirs';
  return false;
}

/**
 * The merged client: the workspace's client with the file's entities applied as the plan
 * and the consultant's decisions say. Keeps the workspace's order and appends what is new
 * in the file's order. `now` becomes the client's change time when anything changed.
 */
export function applyMerge(mine: Client, fileClient: Client, decisions: MergeDecisions, now: string): Client {
  // What is taken from the file never carries a change time from the future into the workspace.
  const theirs = clampFutureTimestamps(fileClient, now).client;
  const plan = planMerge(mine, theirs, { now });
  const byKey = new Map(plan.items.map((item) => [item.key, item]));
  let changed = false;
  const take = (key: string) => {
    const yes = takesTheirs(byKey.get(key), decisions);
    if (yes) changed = true;
    return yes;
  };
  const merged: Client = { ...mine };
  if (take(`client:${mine.id}`)) Object.assign(merged, clientFields(theirs));
  for (const list of CLIENT_ENTITY_LISTS) {
    const theirById = new Map((theirs[list] as readonly Stamped[]).map((entity) => [entity.id, entity]));
    const mineIds = new Set((mine[list] as readonly Stamped[]).map((entity) => entity.id));
    const kept = (mine[list] as readonly Stamped[]).map((entity) => (take(`${list}:${entity.id}`) ? theirById.get(entity.id)! : entity));
    const added = (theirs[list] as readonly Stamped[]).filter((entity) => !mineIds.has(entity.id) && take(`${list}:${entity.id}`));
    (merged as Record<ClientEntityList, unknown>)[list] = [...kept, ...added];
  }
  if (theirs.organization && take(`organization:${theirs.organization.id}`)) merged.organization = theirs.organization;
  const frameworkKeys = new Set(mine.frameworks.map(frameworkKey));
  const addedFrameworks = theirs.frameworks.filter((framework) => !frameworkKeys.has(frameworkKey(framework)) && take(`frameworks:${frameworkKey(framework)}`));
  merged.frameworks = [...mine.frameworks, ...addedFrameworks];
  if (changed) merged.updatedAt = now;
  return merged;
}

/** Every id the client hands out at the top of its lists (and the organization's), for remapping. */
function entityIds(client: Client): string[] {
  const ids = [client.id];
  for (const list of CLIENT_ENTITY_LISTS) for (const entity of client[list] as readonly Stamped[]) ids.push(entity.id);
  if (client.organization) ids.push(client.organization.id);
  return ids;
}

const isIdField = (key: string) => key === 'id' || key === 'dependsOn' || /[a-z](Id|Ids)$/.test(key);

/**
 * A copy of the client with fresh ids for itself and every entity, every reference
 * remapped, so it can sit beside the original in the same workspace. References are the
 * fields named `id`, `…Id`, `…Ids` and `dependsOn`; values not among the client's own
 * entity ids (framework, competency and template ids) are left alone.
 */
export function withFreshIds(client: Client, newId: () => string): Client {
  const map = new Map(entityIds(client).map((id) => [id, newId()]));
  const remap = (value: unknown, idField: boolean): unknown => {
    if (typeof value === 'string') return idField ? (map.get(value) ?? value) : value;
    if (Array.isArray(value)) return value.map((item) => remap(item, idField));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = remap(item, isIdField(key));
      return out;
    }
    return value;
  };
  return remap(client, false) as Client;
}

/** Counts for a new client (everything is created). */
export function planCreate(client: Client): MergePlan {
  const empty: Client = { ...client, functions: [], stakeholders: [], engagements: [], assessments: [], tenStagePlacements: [], audits: [], stageOneDiagnoses: [], initiatives: [], kpis: [], workshops: [], organization: null, frameworks: [] };
  const plan = planMerge(empty, client);
  // The client itself is new too, not "unchanged".
  return {
    groups: plan.groups.map((group) => (group.entity === 'client' ? { ...group, counts: { ...emptyCounts(), created: 1 } } : group)),
    items: plan.items.filter((item) => item.entity !== 'client'),
  };
}
