import { createHash } from 'node:crypto';
import { FrameworkSchema, type Framework } from '../../../../shared/frameworks/framework-schema';
import { FIRM_ROLE, LIBRARY_DATABASE } from '../../../../shared/sync/database-names';
import { WorkshopTemplateSchema, type WorkshopTemplate } from '../../../../shared/workshop/workshop-template-schema';
import type { FrameworkLibrary } from '../framework-library';
import type { WorkshopTemplateLibrary } from '../workshop-template-library';
import { CouchFailure, type Couch } from './couch';
import { SHARE_DOC_PREFIX, type ShareRecord } from './remote-documents';

/** Per library document: the server revision and the content hash at the last sync. */
export type LibraryMarks = Record<string, { rev: string; hash: string }>;

const hashOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');

interface Row {
  id: string;
  doc?: { _id: string; _rev: string; _deleted?: boolean; type?: string; framework?: unknown; template?: unknown } & Partial<ShareRecord>;
}

export interface LibraryDeps {
  couch: Couch;
  frameworks: Pick<FrameworkLibrary, 'list' | 'save'>;
  templates: Pick<WorkshopTemplateLibrary, 'list' | 'save'>;
}

/** Make sure the firm library exists (members: the firm's consultants), creating it when allowed. */
async function ensureLibrary(couch: Couch): Promise<boolean> {
  try {
    await couch.request({ db: LIBRARY_DATABASE });
    return true;
  } catch (error) {
    if (!(error instanceof CouchFailure && error.kind === 'not-found')) throw error;
  }
  try {
    await couch.request({ method: 'put', db: LIBRARY_DATABASE });
    await couch.request({ method: 'put', db: LIBRARY_DATABASE, path: '_security', body: { admins: { names: [], roles: [] }, members: { names: [couch.username], roles: [FIRM_ROLE] } } });
    return true;
  } catch (error) {
    // Not allowed to create it: the library waits for the administrator (docs/sync.md); clients still sync.
    if (error instanceof CouchFailure && (error.kind === 'unauthorized' || error.kind === 'forbidden')) return false;
    if (error instanceof CouchFailure && error.kind === 'conflict') return true;
    throw error;
  }
}

/**
 * The firm library: custom frameworks and workshop templates, and the list of shared
 * clients. An item new on one side is copied to the other; an item changed on one side
 * since the last sync follows that side; changed on both, each side keeps its own (nothing
 * is overwritten). Returns the firm's shared clients.
 */
export async function syncLibrary(deps: LibraryDeps, marks: LibraryMarks): Promise<{ shares: ShareRecord[]; marks: LibraryMarks; moved: number; available: boolean }> {
  const { couch } = deps;
  if (!(await ensureLibrary(couch))) return { shares: [], marks, moved: 0, available: false };
  const all = await couch.request<{ rows: Row[] }>({ db: LIBRARY_DATABASE, path: '_all_docs', qs: { include_docs: true } });
  const remote = new Map(all.rows.filter((row) => row.doc && !row.id.startsWith('_design/')).map((row) => [row.id, row.doc!]));
  const shares = [...remote.values()].filter((doc) => doc._id.startsWith(SHARE_DOC_PREFIX) && doc.type === 'cairn-share') as unknown as ShareRecord[];
  const nextMarks: LibraryMarks = { ...marks };
  const toPush: object[] = [];
  let moved = 0;

  type Kind = { prefix: string; field: 'framework' | 'template'; type: string };
  const reconcile = async <T extends { id: string }>(kind: Kind, locals: T[], parse: (value: unknown) => T | null, save: (item: T) => Promise<unknown>) => {
    const localById = new Map(locals.map((item) => [item.id, item]));
    const ids = new Set([...localById.keys(), ...[...remote.keys()].filter((id) => id.startsWith(kind.prefix)).map((id) => id.slice(kind.prefix.length))]);
    for (const id of ids) {
      const docId = `${kind.prefix}${id}`;
      const mine = localById.get(id);
      const doc = remote.get(docId);
      const theirs = doc ? parse(doc[kind.field]) : null;
      const mark = marks[docId];
      const mineHash = mine ? hashOf(mine) : null;
      const theirHash = theirs ? hashOf(theirs) : null;
      if (mineHash === theirHash) {
        if (doc) nextMarks[docId] = { rev: doc._rev, hash: mineHash! };
        continue;
      }
      const mineChanged = !mark || mark.hash !== mineHash;
      const theirsChanged = !mark || !doc || mark.rev !== doc._rev;
      if (theirs && (!mine || (!mineChanged && theirsChanged))) {
        await save(theirs);
        nextMarks[docId] = { rev: doc!._rev, hash: theirHash! };
        moved += 1;
      } else if (mine && (!theirs || (mineChanged && !theirsChanged))) {
        toPush.push({ _id: docId, ...(doc ? { _rev: doc._rev } : {}), type: kind.type, [kind.field]: mine });
      }
    }
  };
  const frameworks = (await deps.frameworks.list()).frameworks.filter((framework) => !framework.builtIn);
  await reconcile<Framework>({ prefix: 'framework:', field: 'framework', type: 'cairn-framework' }, frameworks, (value) => FrameworkSchema.safeParse(value).data ?? null, (item) => deps.frameworks.save(item));
  const templates = (await deps.templates.list()).templates;
  await reconcile<WorkshopTemplate>({ prefix: 'template:', field: 'template', type: 'cairn-workshop-template' }, templates, (value) => WorkshopTemplateSchema.safeParse(value).data ?? null, (item) => deps.templates.save(item));
  if (toPush.length > 0) {
    const results = await couch.request<Array<{ id: string; rev?: string; error?: string }>>({ method: 'post', db: LIBRARY_DATABASE, path: '_bulk_docs', body: { docs: toPush } });
    for (const result of results) {
      const pushed = toPush.find((doc) => (doc as { _id: string })._id === result.id) as Record<string, unknown> | undefined;
      if (result.rev && pushed) {
        nextMarks[result.id] = { rev: result.rev, hash: hashOf(pushed.framework ?? pushed.template) };
        moved += 1;
      }
    }
  }
  return { shares, marks: nextMarks, moved, available: true };
}
