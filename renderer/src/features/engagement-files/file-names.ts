/** A file name from a client name: letters, digits and spaces kept, the rest dropped, never empty. */
export function cairnFileName(clientName: string): string {
  const base = clientName.normalize('NFC').replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, ' ').slice(0, 80);
  return `${base || 'client'}.cairn`;
}

/** `Cairn backup 2026-12-01.cairn-backup` (local date). */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `Cairn backup ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.cairn-backup`;
}
