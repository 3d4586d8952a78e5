import type { Client } from '../../../../shared/domain/client';
import { parseClientDocument } from '../../../../shared/file-format/client-document-format';
import { clientIntegrityProblem } from '../../../../shared/file-format/client-integrity';
import { ClientSchema } from '../../../../shared/domain/client';

/**
 * The documents Cairn keeps on the server. A client's database holds `client` (the whole
 * client document, in the same versioned format as on disk, so an older Cairn migrates it
 * and a newer one is recognised) and `meta` (who shared it). The library database holds
 * `share:<client id>` (the firm's list of shared clients), `framework:<id>` and
 * `template:<id>`.
 */
export const CLIENT_DOC_ID = 'client';
export const META_DOC_ID = 'meta';
export const SHARE_DOC_PREFIX = 'share:';

export interface RemoteClientDoc {
  _id: typeof CLIENT_DOC_ID;
  _rev?: string;
  type: 'cairn-client';
  /** `{ format, schemaVersion, client }`, exactly as serialized on disk. */
  document: unknown;
  savedBy: string;
  savedAt: string;
}

export interface ShareRecord {
  _id?: string;
  _rev?: string;
  type: 'cairn-share';
  clientId: string;
  clientName: string;
  db: string;
  /** The consultant's name as set in Settings, or their CouchDB user name. */
  sharedBy: string;
  sharedByUser: string;
  sharedAt: string;
}

export function clientDoc(client: Client, savedBy: string, savedAt: string, rev: string | null, documentText: string): RemoteClientDoc {
  return { _id: CLIENT_DOC_ID, ...(rev ? { _rev: rev } : {}), type: 'cairn-client', document: JSON.parse(documentText) as unknown, savedBy, savedAt };
}

/** The client in a server document, checked like a document on disk; a reason when it cannot be used. */
export function readRemoteClient(doc: unknown, clientId: string): { ok: true; client: Client } | { ok: false; reason: string } {
  if (typeof doc !== 'object' || doc === null || (doc as { type?: unknown }).type !== 'cairn-client') return { ok: false, reason: 'The server holds no Cairn client in this database.' };
  const parsed = parseClientDocument(JSON.stringify((doc as RemoteClientDoc).document));
  if (!parsed.ok) return { ok: false, reason: `The server’s copy cannot be read (${parsed.reason}). It may come from a newer Cairn; update Cairn on this computer.` };
  const valid = ClientSchema.safeParse(parsed.document.client);
  if (!valid.success || clientIntegrityProblem(valid.data) || valid.data.id !== clientId) return { ok: false, reason: 'The server’s copy of this client is not valid; it was left untouched.' };
  return { ok: true, client: valid.data };
}
