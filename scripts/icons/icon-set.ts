// The app icon for every platform, rasterized from one drawing (resources/icon/cairn.svg)
// at build time: PNGs for Linux (and the window icon), .ico for Windows, .icns for macOS.
// Plain Node, no electron: `npm run icons` writes build/icons, electron-builder reads it.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

/** Linux desktops pick from these (hicolor theme sizes); 1024 is the source for .icns/.ico. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** What png2icons puts in an .ico (Windows wants 16–256). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 72, 96, 128, 256] as const;

export const ICON_SOURCE = path.join(import.meta.dirname, '..', '..', 'resources', 'icon', 'cairn.svg');

/** Where electron-builder finds each file, relative to the output folder. */
export const ICON_FILES = {
  pngFolder: 'png',
  png: (size: number) => path.join('png', `${size}x${size}.png`),
  ico: 'icon.ico',
  icns: 'icon.icns',
} as const;

export function rasterize(svg: Buffer | string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Write the whole icon set into `outDir` and return the files written (relative paths). */
export async function generateIconSet(svg: Buffer | string, outDir: string): Promise<string[]> {
  await mkdir(path.join(outDir, ICON_FILES.pngFolder), { recursive: true });
  const written: string[] = [];
  for (const size of PNG_SIZES) {
    await writeFile(path.join(outDir, ICON_FILES.png(size)), rasterize(svg, size));
    written.push(ICON_FILES.png(size));
  }
  const master = rasterize(svg, 1024);
  // Windows executables: bitmaps below 64 px (old shells), PNG above; lossless colours.
  const ico = png2icons.createICO(master, png2icons.BICUBIC, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the 1024 px icon');
  await writeFile(path.join(outDir, ICON_FILES.ico), ico);
  await writeFile(path.join(outDir, ICON_FILES.icns), icns);
  written.push(ICON_FILES.ico, ICON_FILES.icns);
  return written;
}

export const generateIconSetFromSource = async (outDir: string) => generateIconSet(await readFile(ICON_SOURCE), outDir);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The square sizes listed in an .ico directory (0 means 256), or null when it is not an .ico. */
export function icoSizes(bytes: Buffer): number[] | null {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) return null;
  const count = bytes.readUInt16LE(4);
  if (bytes.length < 6 + count * 16) return null;
  const sizes: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + index * 16;
    const width = bytes[entry] || 256;
    const height = bytes[entry + 1] || 256;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    if (width !== height || offset + length > bytes.length) return null;
    sizes.push(width);
  }
  return sizes;
}

/** The element types of an .icns file (ic07, ic10, …), or null when the container is broken. */
export function icnsTypes(bytes: Buffer): string[] | null {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'icns' || bytes.readUInt32BE(4) !== bytes.length) return null;
  const types: string[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    if (offset + 8 > bytes.length) return null;
    const length = bytes.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > bytes.length) return null;
    types.push(bytes.toString('latin1', offset, offset + 4));
    offset += length;
  }
  return types;
}

/** macOS needs these for Finder and the Dock up to 512@2x (ic10 is 1024 px). */
export const REQUIRED_ICNS_TYPES = ['ic07', 'ic08', 'ic09', 'ic10'] as const;

/** What is missing or broken in an icon set folder; empty when it is complete. */
export async function checkIconSet(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const read = async (relative: string): Promise<Buffer | null> => {
    try {
      return await readFile(path.join(dir, relative));
    } catch {
      problems.push(`${relative} is missing`);
      return null;
    }
  };
  for (const size of PNG_SIZES) {
    const bytes = await read(ICON_FILES.png(size));
    if (!bytes) continue;
    const found = pngSize(bytes);
    if (!found) problems.push(`${ICON_FILES.png(size)} is not a PNG`);
    else if (found.width !== size || found.height !== size) problems.push(`${ICON_FILES.png(size)} is ${found.width}×${found.height}, not ${size}×${size}`);
  }
  const ico = await read(ICON_FILES.ico);
  if (ico) {
    const sizes = icoSizes(ico);
    if (!sizes) problems.push(`${ICON_FILES.ico} is not an ICO file`);
    else for (const size of ICO_SIZES) if (!sizes.includes(size)) problems.push(`${ICON_FILES.ico} has no ${size}×${size} image`);
  }
  const icns = await read(ICON_FILES.icns);
  if (icns) {
    const types = icnsTypes(icns);
    if (!types) problems.push(`${ICON_FILES.icns} is not an ICNS file`);
    else for (const type of REQUIRED_ICNS_TYPES) if (!types.includes(type)) problems.push(`${ICON_FILES.icns} has no ${type} image`);
  }
  const extra = (await readdir(path.join(dir, ICON_FILES.pngFolder)).catch(() => [])).filter(
    (name) => !PNG_SIZES.some((size) => name === `${size}x${size}.png`),
  );
  for (const name of extra) problems.push(`png/${name} is not a size Cairn generates`);
  return problems;
}
