import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeLogoDataUrl, encodeLogoDataUrl } from './logo';
import { checkJpeg, checkPng } from './logo-structure';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'logos');
const png = readFileSync(join(fixtures, 'small.png'));
const jpeg = readFileSync(join(fixtures, 'small.jpg'));
const BRAND_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAACgAAAAQCAIAAADrtar6AAAAIElEQVR4nGOQz48ZEMQwavGoxaMWj1o8avGoxaMWwxAA+J1JH+AkoIoAAAAASUVORK5CYII=', 'base64');
const pngUrl = (bytes: Uint8Array) => encodeLogoDataUrl({ mime: 'image/png', extension: 'png' }, bytes);
const jpegUrl = (bytes: Uint8Array) => encodeLogoDataUrl({ mime: 'image/jpeg', extension: 'jpg' }, bytes);

describe('a logo is decoded in full when it is set', () => {
  it('accepts whole PNG and JPEG images and reads their size', () => {
    expect(checkPng(BRAND_PNG)).toEqual({ ok: true, width: 40, height: 16 });
    expect(checkPng(png)).toMatchObject({ ok: true });
    expect(checkJpeg(jpeg)).toMatchObject({ ok: true, width: expect.any(Number), height: expect.any(Number) });
    expect(decodeLogoDataUrl(pngUrl(png))).toMatchObject({ ok: true, kind: { extension: 'png' } });
    expect(decodeLogoDataUrl(jpegUrl(jpeg))).toMatchObject({ ok: true, kind: { extension: 'jpg' } });
  });

  it('refuses a PNG cut off anywhere after its signature, with a message that says so', () => {
    for (let length = 9; length < png.length; length += 3) {
      const result = decodeLogoDataUrl(pngUrl(png.subarray(0, length)));
      expect(result, `cut at ${length}`).toEqual({ ok: false, message: expect.stringMatching(/^The logo file is damaged or incomplete \(.+\); save it again from your image editor and choose it again\.$/) });
    }
  });

  it('refuses a JPEG cut off anywhere, or with its end marker missing', () => {
    for (let length = 4; length < jpeg.length - 1; length += 5) {
      expect(decodeLogoDataUrl(jpegUrl(jpeg.subarray(0, length))), `cut at ${length}`).toMatchObject({ ok: false, message: expect.stringMatching(/damaged or incomplete/) });
    }
    expect(checkJpeg(jpeg.subarray(0, jpeg.length - 2))).toMatchObject({ ok: false, message: expect.stringMatching(/ends before its end marker/) });
  });

  it('refuses a PNG with one flipped byte (checksum), stray bytes after the end, or image data of the wrong size', () => {
    const flipped = Buffer.from(BRAND_PNG);
    flipped[45] = flipped[45]! ^ 0x10;
    expect(checkPng(flipped)).toMatchObject({ ok: false, message: expect.stringMatching(/IDAT chunk fails its checksum/) });
    expect(checkPng(Buffer.concat([BRAND_PNG, Buffer.from('junk')]))).toMatchObject({ ok: false, message: expect.stringMatching(/stray bytes/) });
    expect(checkPng(pngWithData(40, 16, deflateSync(Buffer.alloc(10))))).toMatchObject({ ok: false, message: expect.stringMatching(/holds 10 bytes where the header promises/) });
  });

  it('refuses a huge image before inflating it', () => {
    expect(checkPng(pngWithData(20_000, 20_000, deflateSync(Buffer.alloc(1))))).toEqual({ ok: false, message: 'The logo is 20000 × 20000 pixels; use an image of at most 4000 × 4000.' });
  });
});

/** A PNG with a valid header and checksums around the given compressed data (RGB, 8 bits). */
function pngWithData(width: number, height: number, compressed: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([BRAND_PNG.subarray(0, 8), chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
