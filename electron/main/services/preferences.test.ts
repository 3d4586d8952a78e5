import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, LOGO_MAX_BYTES } from '../../../shared/domain/preferences';
import { createNodePreferencesStore } from './node-preferences-store';
import { createPreferencesService } from './preferences';

// Whole images: a logo is decoded in full when it is set (see logo.test.ts).
const PNG = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'logos', 'small.png'));
const JPEG = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'logos', 'small.jpg'));
const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString('base64')}`;

let dataDir: string;
const service = () => createPreferencesService({ store: createNodePreferencesStore(dataDir), dataDir });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-prefs-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('preferences', () => {
  it('starts from the defaults', async () => {
    expect(await service().get()).toEqual({ profile: DEFAULT_PROFILE, logoDataUrl: null, firstRunDone: false, recentClientIds: [] });
  });

  it('keeps the profile and first-run flag in preferences.json across restarts', async () => {
    const profile = { name: 'Ana Pérez', firm: 'Puente Consulting', email: 'ana@example.com', brandColour: '#224466', locale: 'en-GB' as const };
    await service().setProfile(profile);
    await service().completeFirstRun();
    expect(await service().get()).toEqual(expect.objectContaining({ profile, firstRunDone: true }));
    expect(JSON.parse(await readFile(join(dataDir, 'preferences.json'), 'utf8'))).toEqual(expect.objectContaining({ profile }));
  });

  it('falls back to defaults when preferences.json was edited into nonsense', async () => {
    await writeFile(join(dataDir, 'preferences.json'), JSON.stringify({ profile: { name: 3 }, firstRunDone: 'yes', recentClientIds: 'x' }));
    expect(await service().get()).toEqual({ profile: DEFAULT_PROFILE, logoDataUrl: null, firstRunDone: false, recentClientIds: [] });
  });

  it('sets an unreadable preferences.json aside instead of failing to start', async () => {
    await writeFile(join(dataDir, 'preferences.json'), '{"profile": ');
    expect(await service().get()).toEqual(expect.objectContaining({ profile: DEFAULT_PROFILE }));
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.invalid.json'))).toHaveLength(1);
  });

  it('lists recently opened clients most recent first, without duplicates, at most ten', async () => {
    const prefs = service();
    for (const id of ['a', 'b', 'c', 'a']) await prefs.noteClientOpened(id);
    expect((await prefs.get()).recentClientIds).toEqual(['a', 'c', 'b']);
    for (let n = 0; n < 12; n += 1) await prefs.noteClientOpened(`client-${n}`);
    const recent = (await prefs.get()).recentClientIds;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe('client-11');
  });

  it('stores a PNG logo in branding/ and serves it back as a data URL', async () => {
    const prefs = await service().setLogo(dataUrl('image/png', PNG));
    expect(prefs.logoDataUrl).toBe(dataUrl('image/png', PNG));
    expect(await readdir(join(dataDir, 'branding'))).toEqual(['logo.png']);
  });

  it('replaces a PNG logo by a JPEG one and clears it', async () => {
    await service().setLogo(dataUrl('image/png', PNG));
    expect((await service().setLogo(dataUrl('image/jpeg', JPEG))).logoDataUrl).toBe(dataUrl('image/jpeg', JPEG));
    expect(await readdir(join(dataDir, 'branding'))).toEqual(['logo.jpg']);
    expect((await service().clearLogo()).logoDataUrl).toBeNull();
    expect(await readdir(join(dataDir, 'branding'))).toEqual([]);
  });

  it.each([
    ['an SVG', dataUrl('image/svg+xml', Buffer.from('<svg/>')), /PNG or JPEG/],
    ['a GIF labelled as PNG', dataUrl('image/png', Buffer.from('GIF89a....')), /PNG or JPEG/],
    ['a file path', '/etc/passwd', /PNG or JPEG/],
    ['a remote URL', 'https://example.com/logo.png', /PNG or JPEG/],
    ['a PNG cut off half way', dataUrl('image/png', PNG.subarray(0, PNG.length / 2)), /The logo file is damaged or incomplete \(the .+ chunk is cut off\)/],
    ['a JPEG without its end', dataUrl('image/jpeg', JPEG.subarray(0, JPEG.length - 40)), /The logo file is damaged or incomplete/],
    ['an image over the size limit', dataUrl('image/png', Buffer.concat([PNG, Buffer.alloc(LOGO_MAX_BYTES)])), /too large/],
  ])('refuses %s as a logo', async (_name, url, message) => {
    await expect(service().setLogo(url)).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringMatching(message) });
    expect(await readdir(dataDir)).not.toContain('branding');
  });
});
