import { basename } from 'node:path';
import { checkFileSize, type FileProblem } from '../../../shared/file-format/safe-json';
import { decodeUtf8Strict } from '../../../shared/file-format/utf8';
import { OperationError } from '../ipc/operation-error';
import { hasErrorCode, type FsPort } from './fs-port';

/** A refused file: `invalid-request` with the problem's message and path, kept for callers that show them apart. */
export class FileProblemError extends OperationError {
  constructor(readonly problem: FileProblem) {
    // Problems inside the content name their JSON path first; envelope problems (format, version) read as sentences.
    const inContent = /^(client|clients|frameworks)\b/.test(problem.path);
    super('invalid-request', !inContent || problem.message.startsWith(`${problem.path}:`) ? problem.message : `${problem.path}: ${problem.message}`);
  }
}

/**
 * The bytes of a file the consultant chose (to import, validate or restore), refused by
 * type and size before anything opens it: a folder, a pipe, a socket or a device is
 * named as such (opening a FIFO waits for a writer forever; a device never ends).
 */
export async function readIncomingFile(fs: FsPort, filePath: string): Promise<Buffer> {
  let size: number;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw new FileProblemError({ code: 'invalid', message: 'That is a folder, not a file.', path: '(file)' });
    if (!stat.isFile()) throw new FileProblemError({ code: 'invalid', message: `${basename(filePath)} is not a regular file (a pipe, socket or device); Cairn reads only files.`, path: '(file)' });
    size = stat.size;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) throw new OperationError('not-found', `The file ${basename(filePath)} no longer exists.`);
    throw error;
  }
  const tooLarge = checkFileSize(size);
  if (tooLarge) throw new FileProblemError(tooLarge);
  return fs.readFile(filePath);
}

/** Text of a chosen file: UTF-8 or refused (binary data is named as such). */
export function decodeIncomingText(bytes: Uint8Array): string {
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) throw new FileProblemError({ code: 'binary', message: 'The file holds binary data, not text: it is not a Cairn file.', path: '(file)' });
  return decoded.text;
}
