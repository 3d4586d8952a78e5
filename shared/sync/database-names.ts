/**
 * CouchDB database names for what Cairn shares. A name must start with a lowercase letter
 * and hold only lowercase letters, digits and `_$()+-/` (CouchDB 3); client ids are
 * lowercased and anything else becomes `-`, so every id gives a valid, stable name.
 */
export const CLIENT_DATABASE_PREFIX = 'cairn-client-';

/** The firm library: custom frameworks, workshop templates and the list of shared clients. */
export const LIBRARY_DATABASE = 'cairn-library';

/** The CouchDB role every consultant of the firm holds (docs/sync.md); members of new databases. */
export const FIRM_ROLE = 'cairn';

const VALID_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function clientDatabaseName(clientId: string): string {
  const safe = clientId.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  return `${CLIENT_DATABASE_PREFIX}${safe}`.slice(0, 238);
}

export function isValidDatabaseName(name: string): boolean {
  return name.length <= 238 && VALID_NAME.test(name);
}
