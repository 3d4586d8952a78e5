import type { SliceCreator } from './cairn-state';
import type { StoreDeps } from './store-deps';

/** Planning workshops: create (blank or from a template), details, participants, agenda. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WorkshopsSlice {}

export const createWorkshopsSlice =
  (_deps: StoreDeps): SliceCreator<WorkshopsSlice> =>
  () => ({});
