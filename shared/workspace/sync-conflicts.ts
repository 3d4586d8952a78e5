/**
 * Sync tools (Dropbox, OneDrive, Nextcloud, Syncthing) never merge two versions of a file
 * changed on two computers: they keep one under the original name and save the other
 * beside it under a name of their own. In `clients/` such a copy holds a real version of a
 * client that must not be lost nor mistaken for a client of its own. These rules recognise
 * the names each tool uses.
 */
export type SyncTool = 'Dropbox' | 'OneDrive' | 'Nextcloud' | 'Syncthing';

export interface ConflictCopyMatch {
  /** The name of the file it is a copy of (`<client id>.json`). */
  originalName: string;
  tool: SyncTool;
  /** What the tool put in the name: a date, a computer, a device id. */
  detail: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// `<name>.sync-conflict-20260102-101010-ABCDEFG.json`
const SYNCTHING = /^(.+)\.sync-conflict-(\d{8}-\d{6})-([A-Z0-9]{7})(\.json)$/i;
// `<name> (conflicted copy 2026-01-02 101010).json`
const NEXTCLOUD = /^(.+?) \(conflicted copy (\d{4}-\d{2}-\d{2} \d{6})\)(\.json)$/i;
// `<name> (conflicted copy 2026-01-02).json`, `<name> (Mac's conflicted copy 2026-01-02).json`, `… (1)).json`
const DROPBOX = /^(.+?) \(((?:[^()]+?['’]s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?(?: \(\d+\))?)\)(\.json)$/i;
// `<name>-HOSTNAME.json` (a computer name: letters, digits and hyphens, at most 63, at least one letter)
const ONEDRIVE_HOST = /^(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;

/**
 * Whether `fileName` (in `clients/`) is a sync tool's conflict copy, and of which file.
 * `knownNames` are the other names in the folder: OneDrive's `<name>-HOSTNAME.json` looks
 * like an ordinary name, so it counts only when `<name>.json` is there too (or `<name>` is
 * a UUID, the form of every client id Cairn makes).
 */
export function matchConflictCopy(fileName: string, knownNames: ReadonlySet<string>): ConflictCopyMatch | null {
  const syncthing = SYNCTHING.exec(fileName);
  if (syncthing) return { originalName: `${syncthing[1]}${syncthing[4]}`, tool: 'Syncthing', detail: `${syncthing[2]} from device ${syncthing[3]}` };
  const nextcloud = NEXTCLOUD.exec(fileName);
  if (nextcloud) return { originalName: `${nextcloud[1]}${nextcloud[3]}`, tool: 'Nextcloud', detail: nextcloud[2]! };
  const dropbox = DROPBOX.exec(fileName);
  if (dropbox) return { originalName: `${dropbox[1]}${dropbox[3]}`, tool: 'Dropbox', detail: dropbox[2]! };
  if (!fileName.endsWith('.json')) return null;
  const stem = fileName.slice(0, -'.json'.length);
  // The longest original wins: `a-b-HOST` is a copy of `a-b` before it is one of `a`.
  for (let dash = stem.lastIndexOf('-'); dash > 0; dash = stem.lastIndexOf('-', dash - 1)) {
    const original = stem.slice(0, dash);
    const host = stem.slice(dash + 1);
    if (!ONEDRIVE_HOST.test(host)) continue;
    if (knownNames.has(`${original}.json`) || UUID.test(original)) return { originalName: `${original}.json`, tool: 'OneDrive', detail: host };
  }
  return null;
}

/**
 * Read errors that mean "this file is in the cloud, not on this disk" (OneDrive Files
 * On-Demand, Dropbox online-only, iCloud): the provider could not fetch it in time, or is
 * not running. Windows reports most of these as UNKNOWN through Node.
 */
const PLACEHOLDER_CODES = new Set(['EIO', 'ETIMEDOUT', 'ENOTSUP', 'EOPNOTSUPP', 'ECANCELED', 'EDEADLK', 'ENXIO', 'UNKNOWN']);

export function isCloudPlaceholderError(code: string): boolean {
  return PLACEHOLDER_CODES.has(code);
}

/** Files a sync tool keeps at the top of the folders it syncs. */
const SYNC_MARKERS = [/^\.dropbox$/, /^\.dropbox\.cache$/, /^\.stfolder$/, /^\.nextcloudsync\.log$/, /^\.owncloudsync\.log$/, /^\.sync_[0-9a-f]+\.db$/i];
/** Folder names sync tools create for their root (OneDrive's own, "OneDrive - Firm"; Dropbox; Nextcloud; iCloud Drive). */
const SYNC_ROOTS = /^(?:OneDrive(?: - .+)?|Dropbox(?: \(.+\))?|Nextcloud|ownCloud|iCloud Drive|Mobile Documents)$/i;

/**
 * Whether a folder is inside a synced folder, from the names along its path and the marker
 * files in it and its ancestors (`entriesOf` lists one folder; nearest first). Node cannot
 * see Windows' "offline" attribute of a cloud placeholder, so an empty client document in a
 * synced folder is taken for one (reported, left alone) rather than for a damaged file.
 */
export function looksSynced(pathSegments: readonly string[], entriesOf: ReadonlyArray<readonly string[]>): boolean {
  if (pathSegments.some((segment) => SYNC_ROOTS.test(segment))) return true;
  return entriesOf.some((names) => names.some((name) => SYNC_MARKERS.some((marker) => marker.test(name))));
}
