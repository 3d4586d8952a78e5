import { BUILT_IN_FRAMEWORKS, TEN_STAGES_MODEL_ID } from '../../../../shared/frameworks/builtin';
import { parseFrameworkJson, serializeFramework } from '../../../../shared/frameworks/framework-json';
import type { Framework } from '../../../../shared/frameworks/framework-schema';

const RESERVED = new Set([...BUILT_IN_FRAMEWORKS.map((framework) => framework.id), TEN_STAGES_MODEL_ID]);

export type ImportResult = { ok: true; framework: Framework } | { ok: false; message: string };

/** Checks an imported file against the schema and the library: a sentence naming the problem, or the framework. */
export function importFramework(fileName: string, text: string, library: readonly Framework[]): ImportResult {
  const parsed = parseFrameworkJson(text);
  if (!parsed.ok) return { ok: false, message: `${fileName} could not be imported: ${parsed.message}.` };
  const { framework } = parsed;
  if (RESERVED.has(framework.id)) return { ok: false, message: `${fileName} uses the id “${framework.id}”, which belongs to a built-in framework. Change the id in the file.` };
  const existing = library.find((item) => item.id === framework.id);
  if (existing) return { ok: false, message: `${fileName} has the id “${framework.id}”, already used by “${existing.name}” in your library. Delete that one first or change the id in the file.` };
  return { ok: true, framework };
}

/** "Our CMM 2026" → "Our CMM 2026.cairn-framework.json", without characters file systems refuse. */
export function exportFileName(framework: Framework): string {
  const printable = [...framework.name].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || framework.id;
  return `${base}.cairn-framework.json`;
}

/** Starts a download of the framework file through a temporary Blob link. */
export function downloadFramework(framework: Framework): void {
  const url = URL.createObjectURL(new Blob([serializeFramework(framework)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(framework);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's text (FileReader works in every renderer, including the test DOM). */
export function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(blob);
  });
}
