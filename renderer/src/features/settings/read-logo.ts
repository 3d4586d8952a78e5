import { LOGO_MAX_BYTES, LOGO_MIME_TYPES } from '../../../../shared/domain/preferences';

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; message: string };

const isLogoType = (type: string): boolean => LOGO_MIME_TYPES.some((allowed) => allowed === type);

/** Check a chosen file and read it as a data: URL (the backend checks again). */
export async function readLogoFile(file: File): Promise<LogoRead> {
  if (!isLogoType(file.type)) return { ok: false, message: 'Choose a PNG or JPEG image.' };
  if (file.size > LOGO_MAX_BYTES) return { ok: false, message: `The logo is too large; keep it under ${Math.round(LOGO_MAX_BYTES / 1000)} KB.` };
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? { ok: true, dataUrl: reader.result } : { ok: false, message: 'The file could not be read.' });
    reader.onerror = () => resolve({ ok: false, message: 'The file could not be read.' });
    reader.readAsDataURL(file);
  });
}
