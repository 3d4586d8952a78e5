import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackedPath } from './unpacked-path';

/** The font family every report and agenda is set in (also the charts' first choice). */
export const REPORT_FONT_FAMILY = 'Inter';

export const REPORT_FONT_FILES = {
  normal: 'Inter_400Regular.ttf',
  bold: 'Inter_600SemiBold.ttf',
  italics: 'Inter_400Regular_Italic.ttf',
  bolditalics: 'Inter_600SemiBold_Italic.ttf',
} as const;

export type ReportFontSet = Record<keyof typeof REPORT_FONT_FILES, string>;

/**
 * Where the bundled fonts are. From source (tests, CLI under tsx, the bridge) they are in
 * `resources/fonts`; a bundle in `dist/main` or `dist/cli` finds them in `dist/fonts`
 * (copied by scripts/build.mjs). Inside a packaged app that folder is unpacked beside the
 * asar archive, so plain `fs` in a worker thread can read it.
 */
export function reportFontDirectory(moduleUrl: string = import.meta.url): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.cjs')) {
    return unpackedPath(resolve(dirname(here), '..', 'fonts'));
  }
  return resolve(dirname(here), '..', '..', '..', '..', 'resources', 'fonts');
}

/** Absolute paths of the four font files, checked to exist. */
export function reportFontSet(directory: string = reportFontDirectory()): ReportFontSet {
  const set = Object.fromEntries(Object.entries(REPORT_FONT_FILES).map(([style, file]) => [style, join(directory, file)])) as ReportFontSet;
  const missing = Object.values(set).filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`The report fonts are missing (${missing.join(', ')}); reinstall Cairn.`);
  return set;
}
