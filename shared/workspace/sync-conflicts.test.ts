import { describe, expect, it } from 'vitest';
import { isCloudPlaceholderError, looksSynced, matchConflictCopy } from './sync-conflicts';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const known = new Set([`${ID}.json`, 'acme-2026.json', 'demo-nordlicht.json']);

describe('matchConflictCopy', () => {
  it.each([
    [`${ID} (conflicted copy 2026-01-02).json`, 'Dropbox', `${ID}.json`, 'conflicted copy 2026-01-02'],
    [`${ID} (Mac's conflicted copy 2026-01-02).json`, 'Dropbox', `${ID}.json`, "Mac's conflicted copy 2026-01-02"],
    [`${ID} (Ana’s MacBook Pro's conflicted copy 2026-01-02 (1)).json`, 'Dropbox', `${ID}.json`, "Ana’s MacBook Pro's conflicted copy 2026-01-02 (1)"],
    [`${ID} (conflicted copy).json`, 'Dropbox', `${ID}.json`, 'conflicted copy'],
    [`${ID} (conflicted copy 2026-01-02 101010).json`, 'Nextcloud', `${ID}.json`, '2026-01-02 101010'],
    [`${ID}.sync-conflict-20260102-101010-ABCDEFG.json`, 'Syncthing', `${ID}.json`, '20260102-101010 from device ABCDEFG'],
    [`${ID}-DESKTOP-4F2K9QX.json`, 'OneDrive', `${ID}.json`, 'DESKTOP-4F2K9QX'],
    [`${ID}-LAPTOP.json`, 'OneDrive', `${ID}.json`, 'LAPTOP'],
    ['acme-2026-OFFICE-PC.json', 'OneDrive', 'acme-2026.json', 'OFFICE-PC'],
    ['demo-nordlicht-ANAS-MAC.json', 'OneDrive', 'demo-nordlicht.json', 'ANAS-MAC'],
  ])('recognises %s as a %s copy', (name, tool, originalName, detail) => {
    expect(matchConflictCopy(name, known)).toEqual({ tool, originalName, detail });
  });

  it('recognises a OneDrive copy of a UUID-named client even when the original is gone', () => {
    expect(matchConflictCopy(`${ID}-WORKPC.json`, new Set())).toMatchObject({ tool: 'OneDrive', originalName: `${ID}.json` });
  });

  it.each([
    [`${ID}.json`, 'an ordinary client document'],
    ['acme-2026.json', 'an id with a hyphen and digits'],
    ['acme-2027.json', 'a client whose id merely shares a start with another'],
    ['stranger-HOST.json', 'a hyphenated name whose first part is no client here'],
    [`${ID}-2.json`, 'a numeric suffix (not a computer name)'],
    [`.${ID}.json.0123456789ab.tmp`, 'a temp file'],
    [`${ID} (conflicted copy 2026-01-02).txt`, 'another extension'],
    ['problems.json', 'another JSON file'],
  ])('leaves %s alone (%s)', (name) => {
    expect(matchConflictCopy(name, known)).toBeNull();
  });
});

describe('isCloudPlaceholderError', () => {
  it('knows the errors of a file that is not downloaded, and not the ordinary ones', () => {
    for (const code of ['EIO', 'ETIMEDOUT', 'ENOTSUP', 'UNKNOWN']) expect(isCloudPlaceholderError(code)).toBe(true);
    for (const code of ['ENOENT', 'EACCES', 'EISDIR', 'ENOSPC']) expect(isCloudPlaceholderError(code)).toBe(false);
  });
});

describe('looksSynced', () => {
  it('knows a synced folder by its path or by a sync tool’s marker files', () => {
    expect(looksSynced(['C:', 'Users', 'ana', 'OneDrive - Puente Consulting', 'Cairn'], [])).toBe(true);
    expect(looksSynced(['home', 'ana', 'Dropbox', 'Cairn'], [])).toBe(true);
    expect(looksSynced(['home', 'ana', 'Sync', 'Cairn'], [['clients'], ['.stfolder', 'Cairn']])).toBe(true);
    expect(looksSynced(['home', 'ana', 'cloud', 'Cairn'], [['clients'], ['.sync_1a2b3c.db', 'Cairn']])).toBe(true);
    expect(looksSynced(['home', 'ana', '.config', 'Cairn'], [['clients', 'snapshots'], ['Cairn', '.bashrc']])).toBe(false);
  });
});
