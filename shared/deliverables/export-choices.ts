import { z } from 'zod';
import { REPORT_SECTIONS, WORKBOOK_SHEETS } from './deliverable-request';

export const EXPORT_FORMATS = ['report', 'workbook'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What the export dialog remembers between exports: the format last used and, per format,
 * the sections last ticked (null: never chosen, so all of them). Kept in main's
 * preferences, so it is validated like everything else that crosses the bridge.
 */
export const ExportChoicesSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    sections: z
      .object({
        report: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length).nullable(),
        workbook: z.array(z.enum(WORKBOOK_SHEETS)).max(WORKBOOK_SHEETS.length).nullable(),
      })
      .strict(),
  })
  .strict();
export type ExportChoices = z.infer<typeof ExportChoicesSchema>;

export const DEFAULT_EXPORT_CHOICES: ExportChoices = { format: 'report', sections: { report: null, workbook: null } };

const ALL: { report: readonly string[]; workbook: readonly string[] } = { report: REPORT_SECTIONS, workbook: WORKBOOK_SHEETS };

/**
 * The sections to tick for a format, in document order: all of them the first time; a
 * workbook needs at least one sheet, so an empty saved list also means all of them.
 */
export function sectionsFor(choices: ExportChoices, format: ExportFormat): string[] {
  const saved: readonly string[] | null = choices.sections[format];
  if (saved === null) return [...ALL[format]];
  const chosen = ALL[format].filter((section) => saved.includes(section));
  return format === 'workbook' && chosen.length === 0 ? [...ALL[format]] : chosen;
}

/**
 * Read the choices an older Cairn kept in the page's localStorage (`cairn.export.sections`,
 * `{report?: string[], workbook?: string[]}`); unknown sections are dropped, anything
 * unreadable gives null (nothing to migrate).
 */
export function exportChoicesFromLegacyStorage(raw: string | null): ExportChoices | null {
  if (raw === null) return null;
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const pick = (format: ExportFormat): string[] | null => {
    const list = (saved as Record<string, unknown>)[format];
    return Array.isArray(list) ? ALL[format].filter((section) => list.includes(section)) : null;
  };
  return ExportChoicesSchema.parse({ format: 'report', sections: { report: pick('report'), workbook: pick('workbook') } });
}
