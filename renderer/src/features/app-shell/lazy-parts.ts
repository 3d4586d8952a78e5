import { preloadable } from '../../components/preloadable';
import { ImportPreviewDialogPart } from '../engagement-files/LazyImportPreviewDialog';

// The parts of the window that are not needed for the first screen: each is a chunk of its
// own (the renderer's initial JS stays under 250 KB gzip, see scripts/bundle-size.mjs),
// fetched when the app is idle or when first opened, whichever comes first.
export const RoadmapTab = preloadable(() => import('../roadmap/RoadmapTab').then((module) => module.RoadmapTab));
export const FacilitatorMode = preloadable(() => import('../workshops/facilitator/FacilitatorMode').then((module) => module.FacilitatorMode));
export const SettingsDialog = preloadable(() => import('../settings/SettingsDialog').then((module) => module.SettingsDialog));
export const ExportDialog = preloadable(() => import('../deliverables/ExportDialog').then((module) => module.ExportDialog));
export const FrameworkLibraryDialog = preloadable(() => import('../frameworks/FrameworkLibraryDialog').then((module) => module.FrameworkLibraryDialog));

/** What the app fetches once it is idle (the demo builder is not among them: it is used once, on request). */
export const IDLE_PRELOADS = [RoadmapTab, FacilitatorMode, SettingsDialog, ExportDialog, FrameworkLibraryDialog, ImportPreviewDialogPart];
