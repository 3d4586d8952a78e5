import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_FILES, ICO_SIZES, PNG_SIZES, checkIconSet, generateIconSetFromSource, icnsTypes, icoSizes, pngSize } from './icon-set';

describe('the generated icon set', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cairn-icons-'));
    await generateIconSetFromSource(dir);
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is complete: every PNG size, an .ico and an .icns with valid headers', async () => {
    expect(await checkIconSet(dir)).toEqual([]);
  });

  it('has a square PNG of each Linux size', async () => {
    for (const size of PNG_SIZES) expect(pngSize(await readFile(path.join(dir, ICON_FILES.png(size))))).toEqual({ width: size, height: size });
  });

  it('puts every Windows size in the .ico and the retina sizes in the .icns', async () => {
    expect(icoSizes(await readFile(path.join(dir, ICON_FILES.ico)))).toEqual(expect.arrayContaining([...ICO_SIZES]));
    expect(icnsTypes(await readFile(path.join(dir, ICON_FILES.icns)))).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('reports a missing size, a wrong size and a broken .icns', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'cairn-icons-broken-'));
    try {
      await generateIconSetFromSource(broken);
      await rm(path.join(broken, ICON_FILES.png(48)));
      await writeFile(path.join(broken, ICON_FILES.png(16)), await readFile(path.join(broken, ICON_FILES.png(32))));
      await writeFile(path.join(broken, ICON_FILES.icns), Buffer.from('icns\0\0\0\x20not really an icon'));
      expect(await checkIconSet(broken)).toEqual([
        'png/16x16.png is 32×32, not 16×16',
        'png/48x48.png is missing',
        'icon.icns is not an ICNS file',
      ]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('icon header readers', () => {
  it('refuse bytes that are not the format', () => {
    expect(pngSize(Buffer.from('GIF89a............................'))).toBeNull();
    expect(icoSizes(Buffer.from([0, 0, 2, 0, 1, 0]))).toBeNull();
    expect(icnsTypes(Buffer.from('icns\0\0\0\x09x'))).toBeNull();
  });
});
