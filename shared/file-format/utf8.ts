/**
 * Client documents are UTF-8. Decoding invalid bytes the lenient way turns each into
 * U+FFFD, and the next save would write those replacement characters back: the original
 * text lost without a word. So documents are decoded strictly, and a document that is not
 * UTF-8 is reported (and quarantined untouched) instead.
 */

interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}

// The WHATWG TextDecoder is a global in Node, Electron and every browser; `shared/` has no
// platform types, so its one use is typed here.
const TextDecoderClass = (globalThis as unknown as { TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder }).TextDecoder;
let decoder: StrictDecoder | null = null;

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; reason: string };

/** Bytes → text, refusing invalid UTF-8 with the offset of the first bad byte. A BOM is kept (parsers skip it). */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  decoder ??= new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes) ?? 0;
    return { ok: false, offset, reason: `The file is not valid UTF-8 text (the first bad byte is at offset ${offset}); it was left as it is rather than rewritten with replacement characters.` };
  }
}

/** Where the first byte that breaks UTF-8 is (overlong forms, surrogates and values past U+10FFFF included), or null. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | null {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    let need: number;
    let min: number;
    let value: number;
    if (lead >= 0xc2 && lead <= 0xdf) [need, min, value] = [1, 0x80, lead & 0x1f];
    else if (lead >= 0xe0 && lead <= 0xef) [need, min, value] = [2, 0x800, lead & 0x0f];
    else if (lead >= 0xf0 && lead <= 0xf4) [need, min, value] = [3, 0x10000, lead & 0x07];
    else return at;
    for (let index = 1; index <= need; index++) {
      const next = bytes[at + index];
      if (next === undefined || (next & 0xc0) !== 0x80) return at;
      value = (value << 6) | (next & 0x3f);
    }
    if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return at;
    at += need + 1;
  }
  return null;
}
