// Sandboxed preload, bundled to CommonJS: only `electron` may be required at run time,
// so everything else it needs is bundled in and kept free of zod (see cairn-api.ts).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createCairnApi } from './cairn-api';
import { DROP_CHANNEL, droppedFilePaths } from './dropped-files';

contextBridge.exposeInMainWorld('cairn', createCairnApi(ipcRenderer));

// A .cairn file or workbook dropped on the window goes to the import preview. The path is
// read here, in the isolated world, and sent to main on a channel the page cannot reach;
// main queues it like a double-clicked file and the page receives a read grant.
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
window.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('drop', (event) => {
  if (!carriesFiles(event) || !event.dataTransfer) return;
  event.preventDefault();
  const paths = droppedFilePaths(event.dataTransfer.files, (file: File) => webUtils.getPathForFile(file));
  if (paths.length > 0) ipcRenderer.send(DROP_CHANNEL, paths);
});
