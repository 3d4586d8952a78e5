import { LOGO_MAX_BYTES } from '../../../shared/domain/preferences';
import { checkJpeg, checkPng, type LogoStructure } from './logo-structure';

export type LogoKind = { mime: 'image/png'; extension: 'png' } | { mime: 'image/jpeg'; extension: 'jpg' };

const PNG: LogoKind = { mime: 'image/png', extension: 'png' };
const JPEG: LogoKind = { mime: 'image/jpeg', extension: 'jpg' };
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** What the bytes really are, whatever the data URL claimed: PNG, JPEG, or neither. */
export function sniffLogo(bytes: Uint8Array): LogoKind | null {
  const startsWith = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (startsWith(PNG_MAGIC)) return PNG;
  if (startsWith(JPEG_MAGIC)) return JPEG;
  return null;
}

export type DecodedLogo = { ok: true; kind: LogoKind; bytes: Buffer } | { ok: false; message: string };

/**
 * Decode a logo sent by the renderer as a base64 data URL. The type is decided by the
 * magic bytes (a renamed file is caught) and the decoded size is capped, so nothing but
 * a modest PNG or JPEG ever reaches the branding folder or a deliverable.
 */
export function decodeLogoDataUrl(dataUrl: string): DecodedLogo {
  const match = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) return { ok: false, message: 'The logo must be a PNG or JPEG image.' };
  const bytes = Buffer.from(match[2] ?? '', 'base64');
  if (bytes.byteLength > LOGO_MAX_BYTES) {
    return { ok: false, message: `The logo is too large (${formatMegabytes(bytes.byteLength)}); use an image of at most ${formatMegabytes(LOGO_MAX_BYTES)}.` };
  }
  const kind = sniffLogo(bytes);
  if (!kind) return { ok: false, message: 'The logo must be a PNG or JPEG image.' };
  const structure = checkLogoStructure(kind, bytes);
  if (!structure.ok) return structure;
  return { ok: true, kind, bytes };
}

/** The whole image checked, not just its first bytes: a truncated or corrupted logo is refused when it is chosen, not when a PDF is made. */
export function checkLogoStructure(kind: LogoKind, bytes: Uint8Array): LogoStructure {
  return kind.mime === 'image/png' ? checkPng(bytes) : checkJpeg(bytes);
}

/** A logo data URL as it is about to go into a PDF: null when it is whole, else why not. */
export function logoDataUrlProblem(dataUrl: string): string | null {
  const decoded = decodeLogoDataUrl(dataUrl);
  return decoded.ok ? null : decoded.message;
}

export function encodeLogoDataUrl(kind: LogoKind, bytes: Uint8Array): string {
  return `data:${kind.mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
