// Sandboxed preload, bundled to CommonJS: only `electron` may be required at run time,
// so everything else it needs is bundled in and kept free of zod (see cairn-api.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { createCairnApi } from './cairn-api';

contextBridge.exposeInMainWorld('cairn', createCairnApi(ipcRenderer));
