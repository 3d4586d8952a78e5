import type { DeliverableBuilders, WriterProgress } from './build-deliverable';

/**
 * Stand-ins for exceljs and pdfmake in tests of the export machinery. A client whose name
 * contains `[slow]` takes about a second, `[hang]` never finishes, `[fail]` throws.
 */
export const fakeBuilders: DeliverableBuilders = {
  workbook: (input, sheets, onProgress) => fake(input.client.name, `PK\u0003\u0004 workbook ${input.client.name} ${sheets.join(',')}`, onProgress),
  report: (input, sections, onProgress) => fake(input.client.name, `%PDF-1.7 report ${input.client.name} ${sections.join(',')}`, onProgress),
  agenda: (input, workshopId, onProgress) => fake(input.client.name, `%PDF-1.7 agenda ${workshopId}`, onProgress),
  workbookSheets: (input, sheets) => sheets.map((sheet) => ({ name: sheet, rows: input.client.stakeholders.length, columns: ['Name', 'Value'] })),
};

async function fake(name: string, text: string, onProgress: WriterProgress): Promise<Uint8Array> {
  if (name.includes('[fail]')) throw new Error('the radar chart could not be drawn');
  if (name.includes('[hang]')) {
    onProgress(0.3);
    setInterval(() => undefined, 1000);
    return new Promise<never>(() => undefined);
  }
  const steps = name.includes('[slow]') ? 10 : 2;
  for (let step = 1; step <= steps; step += 1) {
    await new Promise((resolve) => setTimeout(resolve, steps > 2 ? 100 : 1));
    onProgress(step / steps);
  }
  return new TextEncoder().encode(text);
}
