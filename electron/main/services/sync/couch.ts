import nano from 'nano';

/** Why a request to the sync server failed, in the terms the status shows. */
export type CouchFailureKind = 'offline' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'server';

export class CouchFailure extends Error {
  constructor(
    readonly kind: CouchFailureKind,
    message: string,
    readonly statusCode: number | null = null,
  ) {
    super(message);
    this.name = 'CouchFailure';
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ABORT_ERR']);

function causeCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Every failure of nano (HTTP status, refused connection, timeout) as one CouchFailure. */
export function toCouchFailure(error: unknown): CouchFailure {
  if (error instanceof CouchFailure) return error;
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  const reason = typeof error === 'object' && error !== null ? String((error as { reason?: unknown; message?: unknown }).reason ?? (error as { message?: unknown }).message ?? '') : String(error);
  const network = causeCode(error) !== null || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError' || /fetch failed|socket|network|error happened in your connection/i.test(error.message)));
  if (network && (typeof status !== 'number' || status >= 500)) return new CouchFailure('offline', 'The sync server cannot be reached.');
  if (status === 401) return new CouchFailure('unauthorized', reason || 'Unauthorized', 401);
  if (status === 403) return new CouchFailure('forbidden', reason || 'Forbidden', 403);
  if (status === 404) return new CouchFailure('not-found', reason || 'Not found', 404);
  if (status === 409 || status === 412) return new CouchFailure('conflict', reason || 'Conflict', status);
  if (typeof status === 'number' && status >= 500 && /fetch failed|error happened in your connection/i.test(reason)) return new CouchFailure('offline', 'The sync server cannot be reached.');
  return new CouchFailure('server', `The sync server answered ${typeof status === 'number' ? status : 'with an error'}${reason ? `: ${reason}` : ''}.`, typeof status === 'number' ? status : null);
}

export interface CouchConnection {
  url: string;
  username: string;
  password: string;
}

export interface CouchRequest {
  method?: 'get' | 'put' | 'post' | 'delete' | 'head';
  /** The database, unescaped; omitted for server-level paths. */
  db?: string;
  /** A document id (escaped here). */
  doc?: string;
  /** A raw path under the database (or the server): `_changes`, `_bulk_docs`, `_session`. */
  path?: string;
  qs?: Record<string, unknown>;
  body?: unknown;
}

/**
 * The official CouchDB client (nano) with the credentials in a Basic header (never in a
 * URL that could be logged), a timeout per request, and a count of requests for the bench.
 */
export function createCouch(connection: CouchConnection, options: { timeoutMs?: number } = {}) {
  const headers = connection.username ? { Authorization: `Basic ${Buffer.from(`${connection.username}:${connection.password}`).toString('base64')}` } : {};
  const server = nano({ url: connection.url, headers } as nano.Configuration);
  const timeoutMs = options.timeoutMs ?? 20_000;
  let requests = 0;
  return {
    url: connection.url,
    username: connection.username,
    /** Requests sent since this client was made. */
    requestCount: () => requests,
    async request<T>(request: CouchRequest): Promise<T> {
      requests += 1;
      try {
        return (await server.request({
          method: request.method ?? 'get',
          ...(request.db ? { db: request.db } : {}),
          ...(request.doc ? { doc: request.doc } : {}),
          ...(request.path ? { path: request.path } : {}),
          ...(request.qs ? { qs: request.qs } : {}),
          ...(request.body !== undefined ? { body: request.body } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        } as nano.RequestOptions)) as T;
      } catch (error) {
        throw toCouchFailure(error);
      }
    },
  };
}

export type Couch = ReturnType<typeof createCouch>;
