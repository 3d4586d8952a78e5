import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8Offset } from './utf8';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8Strict', () => {
  it('decodes valid UTF-8, accents, CJK, emoji and a BOM unchanged', () => {
    const text = '\ufeff{"name":"Zoë Łukasz 北京 🌲"}';
    expect(decodeUtf8Strict(utf8(text))).toEqual({ ok: true, text });
  });

  it.each([
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['Latin-1 é', bytes(0x7b, 0x22, 0xe9, 0x22), 2],
    ['a sequence cut off at the end', bytes(0x61, 0xe2, 0x82), 1],
    ['an overlong slash', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a value past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['0xFF', bytes(0x20, 0x20, 0x20, 0xff), 3],
  ])('refuses %s, naming the offset', (_name, input, offset) => {
    const result = decodeUtf8Strict(input);
    expect(result).toEqual({ ok: false, offset, reason: expect.stringContaining(`not valid UTF-8 text (the first bad byte is at offset ${offset})`) });
    expect(firstInvalidUtf8Offset(input)).toBe(offset);
  });

  it('agrees with the platform decoder on every two-byte sequence', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b += 7) {
        const input = bytes(a, b);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Offset(input) === null).toBe(valid);
      }
    }
  });
});
