import { timingSafeEqual } from 'node:crypto';

export interface GuardInput {
  method: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
  contentType: string | undefined;
}

/**
 * Decide whether a request to the bridge API may proceed. The bridge listens on loopback
 * only, but any local web page or process could still reach it, so a request must carry
 * the random token, name the exact loopback host (defeats DNS rebinding) and, when a
 * browser sends an Origin, come from the bridge's own origin.
 * Returns null when allowed, or the reason it is refused.
 */
export function refuseBridgeRequest(input: GuardInput, expected: { origin: string; token: string }): string | null {
  if (input.method !== 'POST') return 'only POST is accepted';
  const expectedHost = new URL(expected.origin).host;
  if (input.host !== expectedHost) return `unexpected Host ${input.host ?? '(none)'}`;
  if (input.origin !== undefined && input.origin !== expected.origin) return `unexpected Origin ${input.origin}`;
  if (!input.contentType?.toLowerCase().startsWith('application/json')) return 'content type must be application/json';
  if (!tokensMatch(input.token, expected.token)) return 'missing or wrong token';
  return null;
}

function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
