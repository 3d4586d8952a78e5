import type { SliceCreator } from './cairn-state';
import type { StoreDeps } from './store-deps';

/** Running a workshop: notes, clusters, private reveal, votes, timers, decisions and actions. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FacilitationSlice {}

export const createFacilitationSlice =
  (_deps: StoreDeps): SliceCreator<FacilitationSlice> =>
  () => ({});
