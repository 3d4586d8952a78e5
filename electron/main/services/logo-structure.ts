import { inflateSync } from 'node:zlib';

/** A logo is printed a few centimetres wide; past this it is a photo, not a logo, and decoding it would cost too much memory. */
export const LOGO_MAX_SIDE = 4000;

export type LogoStructure = { ok: true; width: number; height: number } | { ok: false; message: string };

const damaged = (what: string): LogoStructure => ({ ok: false, message: `The logo file is damaged or incomplete (${what}); save it again from your image editor and choose it again.` });

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0xffffffff;
  for (let at = start; at < end; at++) crc = CRC_TABLE[(crc ^ bytes[at]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Bytes of filtered scanlines for one (sub)image: a filter byte per row, then the packed pixels. */
const scanlineBytes = (width: number, height: number, bitsPerPixel: number) => (width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * bitsPerPixel) / 8)));

/** Adam7 passes: [x start, y start, x step, y step]. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

function expectedPixelBytes(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  if (!interlaced) return scanlineBytes(width, height, bitsPerPixel);
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + scanlineBytes(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy), bitsPerPixel), 0);
}

/**
 * Every chunk of a PNG is walked and its CRC checked, IHDR must come first with sane
 * values, IEND must end the file, and the image data must inflate to exactly the size
 * the header promises. A file cut short, or with one byte flipped, is caught here and not
 * in the middle of a PDF export.
 */
export function checkPng(bytes: Uint8Array): LogoStructure {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let header: { width: number; height: number; bitsPerPixel: number; interlaced: boolean } | null = null;
  const data: Uint8Array[] = [];
  for (;;) {
    if (at + 12 > bytes.length) return damaged('the file ends before its end marker');
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return damaged(`an unreadable chunk at byte ${at}`);
    const end = at + 8 + length;
    if (length > 0x7fffffff || end + 4 > bytes.length) return damaged(`the ${type} chunk is cut off`);
    if (crc32(bytes, at + 4, end) !== view.getUint32(end)) return damaged(`the ${type} chunk fails its checksum`);
    if (header === null && type !== 'IHDR') return damaged('it does not start with an image header');
    if (type === 'IHDR') {
      if (header !== null || length !== 13) return damaged('a malformed image header');
      const width = view.getUint32(at + 8);
      const height = view.getUint32(at + 12);
      const depth = bytes[at + 16]!;
      const colour = bytes[at + 17]!;
      const interlace = bytes[at + 20]!;
      if (!DEPTHS[colour]?.includes(depth) || bytes[at + 18] !== 0 || bytes[at + 19] !== 0 || interlace > 1) return damaged('an image header with impossible values');
      if (width === 0 || height === 0) return damaged('the image has no pixels');
      if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) return { ok: false, message: `The logo is ${width} × ${height} pixels; use an image of at most ${LOGO_MAX_SIDE} × ${LOGO_MAX_SIDE}.` };
      header = { width, height, bitsPerPixel: depth * CHANNELS[colour]!, interlaced: interlace === 1 };
    } else if (type === 'IDAT') data.push(bytes.subarray(at + 8, end));
    else if (type === 'IEND') {
      if (end + 4 !== bytes.length) return damaged('there are stray bytes after its end marker');
      break;
    }
    at = end + 4;
  }
  if (!header) return damaged('it has no image header');
  if (data.length === 0) return damaged('it has no image data');
  const expected = expectedPixelBytes(header.width, header.height, header.bitsPerPixel, header.interlaced);
  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    return damaged('its image data cannot be decompressed');
  }
  if (inflated.length !== expected) return damaged(`its image data holds ${inflated.length} bytes where the header promises ${expected}`);
  return { ok: true, width: header.width, height: header.height };
}

const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * A JPEG is walked segment by segment to its end-of-image marker: each segment's length
 * must fit, a frame header must give the size, and the entropy-coded data after the scan
 * header must run to a marker. A file cut short has no end marker and is refused.
 */
export function checkJpeg(bytes: Uint8Array): LogoStructure {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  let scanned = false;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return damaged(`an unexpected byte at ${at} where a marker should be`);
    while (bytes[at] === 0xff) at += 1; // fill bytes
    const marker = bytes[at];
    if (marker === undefined) break;
    at += 1;
    if (marker === 0xd9) {
      if (!size) return damaged('it has no frame header');
      if (!scanned) return damaged('it has no image data');
      return { ok: true, ...size };
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (at + 2 > bytes.length) break;
    const length = (bytes[at]! << 8) | bytes[at + 1]!;
    if (length < 2 || at + length > bytes.length) return damaged('a segment is cut off');
    if (isStartOfFrame(marker)) {
      if (length < 8) return damaged('a malformed frame header');
      const height = (bytes[at + 3]! << 8) | bytes[at + 4]!;
      const width = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      if (width === 0 || height === 0) return damaged('the image has no pixels');
      if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) return { ok: false, message: `The logo is ${width} × ${height} pixels; use an image of at most ${LOGO_MAX_SIDE} × ${LOGO_MAX_SIDE}.` };
      size = { width, height };
    }
    at += length;
    if (marker === 0xda) {
      scanned = true;
      // Entropy-coded data: runs until a marker that is neither a stuffed 0xFF00 nor a restart marker.
      while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !(bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7))) at += 1;
      if (at + 1 >= bytes.length) break;
    }
  }
  return damaged('the file ends before its end marker');
}
