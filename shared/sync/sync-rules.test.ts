import { describe, expect, it } from 'vitest';
import { clientDatabaseName, isValidDatabaseName } from './database-names';
import { judgeServerInfo, oldestSyncTime, rollUpSyncState } from './sync-state';
import { checkSyncUrl } from './sync-url';

describe('clientDatabaseName', () => {
  it.each(['Client_1', 'ABC-def', '0abc', 'a'.repeat(300)])('gives a valid CouchDB name for %s', (id) => {
    expect(isValidDatabaseName(clientDatabaseName(id))).toBe(true);
  });
  it('is stable and lowercase', () => expect(clientDatabaseName('AbC_9')).toBe('cairn-client-abc_9'));
});

describe('checkSyncUrl', () => {
  it.each([
    ['https://couch.example.com/', { ok: true, url: 'https://couch.example.com' }],
    ['http://127.0.0.1:5984', { ok: true, url: 'http://127.0.0.1:5984' }],
    ['http://localhost:5984/couch/', { ok: true, url: 'http://localhost:5984/couch' }],
  ])('accepts %s', (input, expected) => expect(checkSyncUrl(input)).toEqual(expected));
  it.each([
    ['http://couch.example.com', 'insecure'],
    ['http://10.0.0.5:5984', 'insecure'],
    ['ftp://couch.example.com', 'invalid-url'],
    ['https://anna:pw@couch.example.com', 'invalid-url'],
    ['https://couch.example.com/?x=1', 'invalid-url'],
    ['javascript:alert(1)', 'invalid-url'],
    ['couch.example.com', 'invalid-url'],
    ['', 'invalid-url'],
  ])('refuses %s as %s', (input, kind) => expect(checkSyncUrl(input)).toMatchObject({ ok: false, kind }));
});

describe('rollUpSyncState', () => {
  it('shows the most pressing state', () => {
    expect(rollUpSyncState(['synced', 'conflict', 'offline'])).toBe('conflict');
    expect(rollUpSyncState(['synced', 'offline'])).toBe('offline');
    expect(rollUpSyncState(['synced', 'synced'])).toBe('synced');
    expect(rollUpSyncState([])).toBe('off');
  });
  it('claims a last sync only when every part has one', () => {
    expect(oldestSyncTime(['2026-03-02T10:00:00Z', '2026-03-01T10:00:00Z'])).toBe('2026-03-01T10:00:00Z');
    expect(oldestSyncTime(['2026-03-02T10:00:00Z', null])).toBeNull();
  });
});

describe('judgeServerInfo', () => {
  it.each([
    [{ couchdb: 'Welcome', version: '3.3.3' }, { kind: 'ok', server: 'CouchDB 3.3.3' }],
    [{ couchdb: 'Welcome', version: '2.3.1' }, { kind: 'too-old', server: 'CouchDB 2.3.1' }],
    [{ 'express-pouchdb': 'Welcome!', version: '4.2.0' }, { kind: 'ok', server: 'PouchDB Server 4.2.0' }],
    [{ hello: 'world' }, { kind: 'not-couchdb', server: null }],
    ['<html>', { kind: 'not-couchdb', server: null }],
  ])('judges %j', (info, verdict) => expect(judgeServerInfo(info)).toEqual(verdict));
});
