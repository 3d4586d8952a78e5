import type { ConnectionCheckKind } from '../../../../shared/ipc/contract-sharing';

/** The headline of each "Test connection" answer; main's message says what to do about it. */
export const CONNECTION_HEADLINE: Record<ConnectionCheckKind, string> = {
  ok: 'Connected',
  'invalid-url': 'Invalid URL',
  insecure: 'HTTPS required',
  unreachable: 'Server unreachable',
  unauthorized: 'Wrong password or user name',
  forbidden: 'No permission',
  'too-old': 'Server too old',
  'not-couchdb': 'Not a CouchDB server',
};

/** The host a shared client goes to, for confirmations ("couch.example.com"); the address itself when it cannot be parsed. */
export function serverHost(serverUrl: string): string {
  try {
    return new URL(serverUrl).host || serverUrl;
  } catch {
    return serverUrl || 'the firm’s server';
  }
}
