import { describe, expect, it } from 'vitest';
import { refuseBridgeRequest, type GuardInput } from './request-guard';

const expected = { origin: 'http://127.0.0.1:43117', token: 'a'.repeat(64) };
const good: GuardInput = {
  method: 'POST',
  host: '127.0.0.1:43117',
  origin: 'http://127.0.0.1:43117',
  token: 'a'.repeat(64),
  contentType: 'application/json',
};

describe('refuseBridgeRequest', () => {
  it('accepts a same-origin request with the token', () => {
    expect(refuseBridgeRequest(good, expected)).toBeNull();
  });
  it('accepts a request without Origin (same-origin fetches may omit it) when the token is right', () => {
    expect(refuseBridgeRequest({ ...good, origin: undefined }, expected)).toBeNull();
  });
  it.each<[string, Partial<GuardInput>]>([
    ['GET', { method: 'GET' }],
    ['a rebinding host name', { host: 'evil.example:43117' }],
    ['localhost instead of the bound address', { host: 'localhost:43117' }],
    ['another port', { host: '127.0.0.1:1' }],
    ['a foreign origin', { origin: 'http://evil.example' }],
    ['the null origin', { origin: 'null' }],
    ['no token', { token: undefined }],
    ['a wrong token of the same length', { token: 'b'.repeat(64) }],
    ['a short token', { token: 'a' }],
    ['a form post', { contentType: 'application/x-www-form-urlencoded' }],
    ['no content type', { contentType: undefined }],
  ])('refuses %s', (_label, change) => {
    expect(refuseBridgeRequest({ ...good, ...change }, expected)).not.toBeNull();
  });
});
