import { z } from 'zod';
import { ExportChoicesSchema, type ExportChoices } from '../deliverables/export-choices';
import type { FileGrant } from './contract-files';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });
const empty = z.object({}).strict();

/** Operations that make Cairn behave like a desktop app: opened files, the keyboard, remembered choices. */
export const desktopContract = {
  /**
   * Files the operating system asked Cairn to open (double-click on a `.cairn` file, the
   * command line, a second launch, macOS "Open With", a file dropped on the window),
   * oldest first, each as a read grant. Taking them empties the queue; the `filesOpened`
   * event says when there is something to take.
   */
  takeOpenedFiles: op<FileGrant[]>()(empty),
  /** Where the keyboard is, so the menu's Undo goes to the text field instead of the history. */
  setEditingContext: op<{ noted: boolean }>()(z.object({ textField: z.boolean(), dialogOpen: z.boolean() }).strict()),
  /** The export dialog's remembered format and sections (defaults when none were saved). */
  getExportChoices: op<ExportChoices>()(empty),
  setExportChoices: op<ExportChoices>()(ExportChoicesSchema),
} as const;
