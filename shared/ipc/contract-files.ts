import { z } from 'zod';

/**
 * A file the consultant picked in a system dialog. The renderer never names a path: main
 * keeps the path and hands out this token, which later operations quote back.
 */
export interface FileGrant {
  token: string;
  /** The file's name (no folder), to show in the UI. */
  name: string;
}

export const FileTokenSchema = z.string().min(8).max(100);

/** The kinds of file Cairn reads and writes through dialogs. */
export const FILE_KINDS = ['xlsx', 'pdf', 'cairn', 'backup'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

export const fileDialogContract = {
  /** Ask where to save; null when the consultant cancels. Remembers the last folder. */
  chooseSaveFile: op<FileGrant | null>()(z.object({ kind: z.enum(FILE_KINDS), defaultName: z.string().min(1).max(255) }).strict()),
  /** Ask which file to open; null when the consultant cancels. */
  chooseOpenFile: op<FileGrant | null>()(z.object({ kinds: z.array(z.enum(FILE_KINDS)).min(1).max(FILE_KINDS.length) }).strict()),
} as const;
