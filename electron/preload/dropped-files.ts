/** The parts of a dropped file list the preload reads (a DOM FileList, or a test's array). */
export interface DroppedFilesLike {
  readonly length: number;
  [index: number]: unknown;
}

const OPENABLE = /\.(cairn|xlsx)$/i;

/**
 * The paths of the files dropped on the window that Cairn opens (`.cairn`, `.xlsx`).
 * `pathOf` is Electron's `webUtils.getPathForFile`, which gives '' for a File the page
 * made itself, so a page cannot forge a path: only a real drop from the desktop counts.
 */
export function droppedFilePaths(files: DroppedFilesLike, pathOf: (file: never) => string): string[] {
  const paths: string[] = [];
  for (let index = 0; index < files.length; index += 1) {
    const file = files[index];
    if (!file) continue;
    const filePath = pathOf(file as never);
    if (filePath && OPENABLE.test(filePath) && !paths.includes(filePath)) paths.push(filePath);
  }
  return paths;
}

/** The one channel the preload uses to report a drop; the page never sees it. */
export const DROP_CHANNEL = 'cairn-drop:files';
