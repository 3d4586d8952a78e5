/** The consultant's local calendar date, YYYY-MM-DD (what "today" means on a file name). */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The name a save dialog proposes: `Client – Engagement – YYYY-MM-DD.ext` (en dashes),
 * or `Client – YYYY-MM-DD.ext` without an engagement. Blank parts are left out.
 */
export function deliverableFileName(parts: { client: string; subject: string | null; date: Date; extension: 'xlsx' | 'pdf' }): string {
  const named = [parts.client, parts.subject ?? '']
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  return `${[...named, localDate(parts.date)].join(' – ')}.${parts.extension}`;
}
